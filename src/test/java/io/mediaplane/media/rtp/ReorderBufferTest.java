package io.mediaplane.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderBufferTest {
    private static final long MS = 1_000_000L;
    private final List<Integer> out = new ArrayList<>();
    private final ReorderBuffer.Sink sink = (buf, off, len, ext) -> {
        assertEquals(ext & 0xffff, RtpHeader.sequence(buf, off));
        out.add(RtpHeader.sequence(buf, off));
    };

    private static byte[] packet(int seq, long ssrc) {
        byte[] b = new byte[16];
        RtpHeader.write(b, 0, false, 33, seq & 0xffff, seq * 10L, ssrc);
        b[12] = (byte) seq;
        return b;
    }

    private ReorderBuffer.Outcome offer(ReorderBuffer r, int seq, long nowMs) {
        byte[] p = packet(seq, 7);
        return r.offer(p, 0, p.length, nowMs * MS, sink);
    }

    @Test
    void inOrderPacketsLeaveAtOnce() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        for (int s = 0; s < 10; s++) {
            assertEquals(ReorderBuffer.Outcome.EMITTED, offer(r, s, 0));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), out);
        assertEquals(0, r.lost());
    }

    @Test
    void swappedPacketsAreReordered() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 1, 0);
        assertEquals(ReorderBuffer.Outcome.HELD, offer(r, 3, 1));
        assertEquals(ReorderBuffer.Outcome.HELD, offer(r, 4, 1));
        assertEquals(ReorderBuffer.Outcome.EMITTED, offer(r, 2, 2));
        assertEquals(List.of(1, 2, 3, 4), out);
        assertEquals(0, r.lost());
    }

    @Test
    void aGapIsGivenUpAfterMaxLatencyAndCountedLost() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 10, 0);
        offer(r, 13, 10);
        offer(r, 14, 20);
        r.expire(109 * MS, sink);
        assertEquals(List.of(10), out);
        r.expire(110 * MS, sink);
        assertEquals(List.of(10, 13, 14), out);
        assertEquals(2, r.lost());
        assertEquals(ReorderBuffer.Outcome.LATE, offer(r, 11, 111));
        assertEquals(1, r.late());
        assertEquals(List.of(10, 13, 14), out);
    }

    @Test
    void sequenceNumbersWrap() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 65534, 0);
        offer(r, 0, 0);
        offer(r, 65535, 0);
        offer(r, 1, 0);
        assertEquals(List.of(65534, 65535, 0, 1), out);
        assertEquals(0, r.lost());
    }

    @Test
    void duplicatesAreDropped() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, true);
        offer(r, 1, 0);
        offer(r, 3, 0);
        assertEquals(ReorderBuffer.Outcome.DUPLICATE, offer(r, 3, 0));
        assertEquals(ReorderBuffer.Outcome.DUPLICATE, offer(r, 1, 0));
        assertEquals(2, r.duplicates());
    }

    @Test
    void packetsBeyondTheCapacityForceTheOldestGapsOut() {
        ReorderBuffer r = new ReorderBuffer(16, 10_000 * MS, false);
        offer(r, 0, 0);
        offer(r, 2, 0);
        offer(r, 17, 0);
        assertEquals(List.of(0, 2), out);
        assertEquals(1, r.lost());
        offer(r, 40, 0);
        assertEquals(List.of(0, 2, 17), out);
        assertEquals(1 + 14 + 7, r.lost());
    }

    @Test
    void aNewSsrcRestartsWithoutCountingTheJump() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 100, 0);
        byte[] p = packet(30000, 8);
        assertEquals(ReorderBuffer.Outcome.EMITTED, r.offer(p, 0, p.length, 0, sink));
        p = packet(30001, 8);
        r.offer(p, 0, p.length, 0, sink);
        assertEquals(List.of(100, 30000, 30001), out);
        assertEquals(0, r.lost());
    }

    @Test
    void aRunFarBehindTheWindowRestartsTheSequence() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 20000, 0);
        for (int s = 100; s < 103; s++) {
            offer(r, s, 0);
        }
        assertEquals(List.of(20000, 102), out);
        assertEquals(2, r.late());
        offer(r, 103, 0);
        assertEquals(List.of(20000, 102, 103), out);
    }

    @Test
    void garbageIsRefusedWithoutDisturbingTheStream() {
        ReorderBuffer r = new ReorderBuffer(64, 100 * MS, false);
        offer(r, 5, 0);
        byte[] junk = {1, 2, 3};
        assertEquals(ReorderBuffer.Outcome.INVALID, r.offer(junk, 0, 3, 0, sink));
        offer(r, 6, 0);
        assertEquals(List.of(5, 6), out);
    }

    @Test
    void historyKeepsEmittedPacketsFindable() {
        ReorderBuffer r = new ReorderBuffer(16, 100 * MS, true);
        for (int s = 0; s < 20; s++) {
            offer(r, s, 0);
        }
        assertEquals(-1, r.find(3));
        int slot = r.find(19);
        assertEquals(19, RtpHeader.sequence(r.data(slot), 0));
        assertEquals(16, r.length(slot));
    }
}
