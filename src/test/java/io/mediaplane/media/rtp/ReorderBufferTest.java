package io.mediaplane.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReorderBufferTest {
    private static final long MS = 1_000_000L;
    private final List<Integer> out = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private long clock;
    private final ReorderBuffer.Sink sink = (buf, off, len, ext) -> {
        assertEquals(ext & 0xffff, RtpHeader.sequence(buf, off));
        out.add(RtpHeader.sequence(buf, off));
        times.add(clock);
    };

    /** A packet whose payload tells which sender run it belongs to (a restarted sender sends other bytes). */
    private static byte[] packet(int seq, long ssrc, int run) {
        byte[] b = new byte[16];
        RtpHeader.write(b, 0, false, 33, seq & 0xffff, seq * 10L + run * 7777L, ssrc);
        b[12] = (byte) seq;
        b[13] = (byte) run;
        return b;
    }

    private ReorderBuffer.Outcome offer(ReorderBuffer r, int seq, long nowMs) {
        byte[] p = packet(seq, 7, 0);
        return r.offer(p, 0, p.length, nowMs * MS, sink);
    }

    private void release(ReorderBuffer r, long nowMs) {
        clock = nowMs;
        r.release(nowMs * MS, sink);
    }

    @Test
    void packetsLeaveTheDelayAfterTheyArrived() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        for (int s = 0; s < 10; s++) {
            assertEquals(ReorderBuffer.Outcome.HELD, offer(r, s, s));
        }
        release(r, 99);
        assertEquals(List.of(), out);
        assertEquals(100 * MS, r.nextDue());
        release(r, 100);
        assertEquals(List.of(0), out);
        release(r, 109);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), out);
        assertEquals(ReorderBuffer.NONE, r.nextDue());
        assertEquals(0, r.lost());
    }

    @Test
    void swappedPacketsAreReordered() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 1, 0);
        offer(r, 3, 1);
        offer(r, 4, 1);
        offer(r, 2, 2);
        release(r, 200);
        assertEquals(List.of(1, 2, 3, 4), out);
        assertEquals(0, r.lost());
    }

    @Test
    void aGapIsGivenUpWhenThePacketAfterItIsDueAndTheSpacingHolds() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 10, 0);
        offer(r, 13, 10);
        offer(r, 14, 20);
        for (long t = 0; t <= 130; t++) {
            release(r, t);
        }
        assertEquals(List.of(10, 13, 14), out);
        assertEquals(List.of(100L, 110L, 120L), times, "each leaves 100 ms after it came, gap or not");
        assertEquals(2, r.lost());
        assertEquals(ReorderBuffer.Outcome.LATE, offer(r, 11, 131));
        assertEquals(1, r.late());
    }

    @Test
    void aPacketArrivingLateStillLeavesInOrderBeforeALaterOneThatIsDue() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 1, 0);
        offer(r, 3, 10);
        offer(r, 2, 50);
        release(r, 110);
        assertEquals(List.of(1, 2, 3), out);
    }

    @Test
    void sequenceNumbersWrap() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 65534, 0);
        offer(r, 0, 0);
        offer(r, 65535, 0);
        offer(r, 1, 0);
        release(r, 100);
        assertEquals(List.of(65534, 65535, 0, 1), out);
        assertEquals(0, r.lost());
    }

    @Test
    void duplicatesAreDroppedWhetherHeldOrGone() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, true);
        offer(r, 1, 0);
        offer(r, 3, 0);
        assertEquals(ReorderBuffer.Outcome.DUPLICATE, offer(r, 3, 0));
        release(r, 100);
        assertEquals(ReorderBuffer.Outcome.DUPLICATE, offer(r, 1, 101));
        assertEquals(2, r.duplicates());
        assertEquals(List.of(1, 3), out);
    }

    @Test
    void packetsBeyondTheCapacityForceTheOldestOut() {
        ReorderBuffer r = new ReorderBuffer(16, 10_000 * MS, false);
        offer(r, 0, 0);
        offer(r, 2, 0);
        offer(r, 17, 0);
        assertEquals(List.of(0), out);
        assertEquals(1, r.lost());
        offer(r, 40, 0);
        assertEquals(List.of(0, 2, 17), out);
        assertEquals(1 + 14 + 7, r.lost());
    }

    @Test
    void slotsGrowWithThePacketsInFlight() {
        ReorderBuffer r = new ReorderBuffer(4096, 1000 * MS, false);
        for (int s = 0; s < 1000; s++) {
            offer(r, s, 0);
        }
        assertTrue(r.capacity() >= 2048, "capacity " + r.capacity());
        release(r, 1000);
        assertEquals(1000, out.size());
        assertEquals(0, r.lost());
    }

    @Test
    void aNewSsrcRestartsWithoutCountingTheJump() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 100, 0);
        byte[] p = packet(30000, 8, 0);
        assertEquals(ReorderBuffer.Outcome.HELD, r.offer(p, 0, p.length, 0, sink));
        assertEquals(List.of(100), out, "the old stream leaves at once");
        p = packet(30001, 8, 0);
        r.offer(p, 0, p.length, 0, sink);
        release(r, 100);
        assertEquals(List.of(100, 30000, 30001), out);
        assertEquals(0, r.lost());
    }

    /**
     * A sender at {@code spacingMs} per packet sends 200 packets, restarts {@code jump} sequence
     * numbers back (same SSRC, new bytes) and sends 200 more: at most 3 are lost, and the rest
     * leave in the order sent.
     */
    @ParameterizedTest(name = "back {0} at {1} ms per packet, from {2}")
    @CsvSource({
        "50,5,1000",
        "500,5,1000",
        "4000,5,1000",
        "30000,5,1000",
        "50,1,1000",
        "500,1,1000",
        "4000,1,1000",
        "30000,1,1000",
        "50,5,65500",
        "4000,1,65400",
        "30000,5,65500",
        "1,5,1000",
        "2,5,1000"
    })
    void aSenderThatRestartsBackwardsLosesAtMostThreePackets(int jump, int spacingMs, int first) {
        ReorderBuffer r = new ReorderBuffer(8192, 20 * MS, false);
        List<Integer> sent = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < 400; i++) {
            int run = i < 200 ? 0 : 1;
            int seq = (run == 0 ? first + i : first + 200 - jump + (i - 200)) & 0xffff;
            byte[] p = packet(seq, 7, run);
            r.offer(p, 0, p.length, t * MS, sink);
            sent.add(seq);
            release(r, t);
            t += spacingMs;
        }
        release(r, t + 1000);
        assertTrue(out.size() >= 400 - 3, "delivered " + out.size() + " of 400");
        int at = 0;
        for (int seq : out) {
            while (at < sent.size() && sent.get(at) != seq) {
                at++;
            }
            assertTrue(at < sent.size(), "packets leave in the order sent: " + out);
            at++;
        }
        assertEquals(jump > 2 ? 1 : 0, r.restarts());
    }

    @ParameterizedTest(name = "ahead {0}")
    @CsvSource({"5000", "20000"})
    void aSenderThatRestartsFarAheadLosesAtMostThreePackets(int jump) {
        ReorderBuffer r = new ReorderBuffer(8192, 20 * MS, false);
        for (int i = 0; i < 200; i++) {
            int seq = i < 100 ? 1000 + i : 1000 + 100 + jump + (i - 100);
            byte[] p = packet(seq, 7, i < 100 ? 0 : 1);
            r.offer(p, 0, p.length, i * 5L * MS, sink);
            release(r, i * 5L);
        }
        release(r, 10_000);
        assertTrue(out.size() >= 197, "delivered " + out.size());
        assertEquals(0, r.lost(), "the jump is not counted as loss");
    }

    @Test
    void twoInterleavedSsrcsArriveWhole() {
        ReorderBuffer r = new ReorderBuffer(64, 20 * MS, false);
        for (int i = 0; i < 100; i++) {
            byte[] a = packet(100 + i, 1, 0);
            byte[] b = packet(40000 + i, 2, 0);
            r.offer(a, 0, a.length, i * MS, sink);
            r.offer(b, 0, b.length, i * MS, sink);
            release(r, i);
        }
        release(r, 1000);
        assertEquals(200, out.size());
        assertEquals(0, r.lost());
        for (int i = 0; i < 100; i++) {
            assertEquals(100 + i, out.get(2 * i));
            assertEquals(40000 + i, out.get(2 * i + 1));
        }
    }

    @Test
    void aShortRunOfLatePacketsIsNotARestart() {
        ReorderBuffer r = new ReorderBuffer(64, 10 * MS, false);
        for (int s = 0; s < 20; s++) {
            if (s != 3 && s != 4) {
                offer(r, s, s);
            }
            release(r, s);
        }
        assertEquals(ReorderBuffer.Outcome.LATE, offer(r, 3, 20));
        assertEquals(ReorderBuffer.Outcome.LATE, offer(r, 4, 20));
        offer(r, 20, 21);
        release(r, 100);
        assertEquals(0, r.restarts());
        assertEquals(19, out.size());
        assertEquals(2, r.late());
        assertEquals(2, r.lost());
    }

    @Test
    void garbageIsRefusedWithoutDisturbingTheStream() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 5, 0);
        byte[] junk = {1, 2, 3};
        assertEquals(ReorderBuffer.Outcome.INVALID, r.offer(junk, 0, 3, 0, sink));
        offer(r, 6, 0);
        release(r, 100);
        assertEquals(List.of(5, 6), out);
    }

    @Test
    void packetsStayFindableAfterTheyLeave() {
        ReorderBuffer r = new ReorderBuffer(16, 0, true);
        for (int s = 0; s < 20; s++) {
            offer(r, s, 0);
            release(r, 0);
        }
        assertEquals(-1, r.find(3));
        int slot = r.find(19);
        assertEquals(19, RtpHeader.sequence(r.data(slot), 0));
        assertEquals(16, r.length(slot));
    }

    @Test
    void aRebuiltPacketIsTimedBetweenItsNeighbours() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, true);
        offer(r, 1, 10);
        offer(r, 3, 30);
        assertEquals(20 * MS, r.estimateArrival(2, 50 * MS));
        assertEquals(50 * MS, r.estimateArrival(9, 50 * MS), "nothing after it: now");
    }
}
