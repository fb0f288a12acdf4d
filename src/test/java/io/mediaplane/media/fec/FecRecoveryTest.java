package io.mediaplane.media.fec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.rtp.RtpHeader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Encoder and decoder together: what 2022-1 can recover is recovered, byte for byte, in order. */
class FecRecoveryTest {

    private static void assertDelivered(FecStream s, FecStream.Received r, Set<Integer> unrecoverable) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < s.media.size(); i++) {
            if (!unrecoverable.contains(i)) {
                expected.add(RtpHeader.sequence(s.media.get(i), 0));
                assertArrayEquals(
                        s.media.get(i), r.bySequence().get(RtpHeader.sequence(s.media.get(i), 0)), "packet " + i);
            }
        }
        assertEquals(expected, r.order(), "delivered in order");
    }

    @ParameterizedTest
    @CsvSource({"5,5", "4,4", "10,10", "20,5", "5,20", "1,4", "4,1"})
    void everySingleLossInAMatrixIsRecovered(int l, int d) {
        FecStream s = new FecStream(l, d, l * d * 3, 65500, new Random(l * 31 + d), false);
        for (int pos = 0; pos < l * d; pos++) {
            FecStream.Received r = s.receive(Set.of(s.at(1, pos / l, pos % l)), List.of());
            assertDelivered(s, r, Set.of());
            assertEquals(1, r.recovered());
            assertEquals(0, r.lost());
        }
    }

    @Test
    void twoLossesInARowAreRecoveredByTheirColumns() {
        FecStream s = new FecStream(5, 5, 100, 0, new Random(1), false);
        FecStream.Received r = s.receive(Set.of(s.at(1, 2, 0), s.at(1, 2, 3)), List.of());
        assertDelivered(s, r, Set.of());
        assertEquals(2, r.recovered());
    }

    @Test
    void twoLossesInAColumnAreRecoveredByTheirRows() {
        FecStream s = new FecStream(5, 5, 100, 0, new Random(2), false);
        FecStream.Received r = s.receive(Set.of(s.at(1, 0, 4), s.at(1, 3, 4)), List.of());
        assertDelivered(s, r, Set.of());
        assertEquals(2, r.recovered());
    }

    @Test
    void lossesThatNeedBothDimensionsInTurnAreRecovered() {
        // row 0 misses c0, c1 and c2; column 0 misses r0 and r1, column 1 r0 and r2; rows 1 and 2
        // miss one each: they go first, then columns 0 and 1 can, then row 0 or column 2 finishes.
        FecStream s = new FecStream(5, 5, 100, 0, new Random(3), false);
        Set<Integer> drop = Set.of(s.at(1, 0, 0), s.at(1, 0, 1), s.at(1, 0, 2), s.at(1, 1, 0), s.at(1, 2, 1));
        FecStream.Received r = s.receive(drop, List.of());
        assertDelivered(s, r, Set.of());
        assertEquals(5, r.recovered());
    }

    @Test
    void aSquareOfFourLossesIsBeyond2022_1AndCountedLost() {
        FecStream s = new FecStream(5, 5, 100, 0, new Random(4), false);
        Set<Integer> square = Set.of(s.at(1, 1, 1), s.at(1, 1, 3), s.at(1, 4, 1), s.at(1, 4, 3));
        FecStream.Received r = s.receive(square, List.of());
        assertDelivered(s, r, square);
        assertEquals(0, r.recovered());
        assertEquals(4, r.lost());
    }

    @Test
    void packetsOfUnequalLengthAreRecoveredExactly() {
        FecStream s = new FecStream(5, 5, 100, 123, new Random(5), true);
        for (int pos = 0; pos < 25; pos++) {
            FecStream.Received r = s.receive(Set.of(s.at(1, pos / 5, pos % 5), s.at(2, pos % 5, pos / 5)), List.of());
            assertDelivered(s, r, Set.of());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomLossIsRecoveredExactlyAsFarAs2022_1Allows(int seed) {
        Random random = new Random(seed);
        int l = 4 + random.nextInt(7);
        int d = 4 + random.nextInt(7);
        FecStream s = new FecStream(l, d, 2000, random.nextInt(65536), random, seed % 2 == 0);
        double rate = 0.01 + 0.01 * seed;
        Set<Integer> drop = new HashSet<>();
        for (int i = 0; i < s.media.size(); i++) {
            if (random.nextDouble() < rate) {
                drop.add(i);
            }
        }
        Set<Integer> unrecoverable = Model.unrecoverable(s, drop);
        FecStream.Received r = s.receive(drop, List.of());
        assertDelivered(s, r, unrecoverable);
        assertEquals(drop.size() - unrecoverable.size(), r.recovered());
        assertEquals(unrecoverable.size(), r.lost() - Model.trailing(s, unrecoverable));
    }

    @Test
    void malformedFecIsIgnoredAndRecoveryGoesOn() {
        FecStream s = new FecStream(5, 5, 200, 0, new Random(6), false);
        Random random = new Random(7);
        List<byte[]> junk = new ArrayList<>();
        byte[] valid = s.wire.stream()
                .filter(FecStream.Sent::fec)
                .findFirst()
                .orElseThrow()
                .bytes();
        junk.add(new byte[0]);
        junk.add(new byte[] {(byte) 0x80});
        junk.add(java.util.Arrays.copyOf(valid, 27));
        junk.add(java.util.Arrays.copyOf(valid, 28));
        byte[] typeTwo = valid.clone();
        typeTwo[24] |= 0x10;
        junk.add(typeTwo);
        byte[] offsetZero = valid.clone();
        offsetZero[25] = 0;
        junk.add(offsetZero);
        byte[] naZero = valid.clone();
        naZero[26] = 0;
        junk.add(naZero);
        byte[] shortPayload = java.util.Arrays.copyOf(valid, 100);
        junk.add(shortPayload);
        for (int i = 0; i < 40; i++) {
            byte[] g = new byte[random.nextInt(1500)];
            random.nextBytes(g);
            junk.add(g);
        }
        Set<Integer> drop = new TreeSet<>();
        for (int m = 1; m < 7; m++) {
            drop.add(s.at(m, m % 5, (m * 2) % 5));
        }
        FecStream.Received r = s.receive(drop, junk);
        assertDelivered(s, r, Set.of());
        assertEquals(drop.size(), r.recovered());
        assertFalse(r.malformed() < 7, "malformed counted: " + r.malformed());
    }

    @Test
    void mutatedFecNeverThrows() {
        FecStream s = new FecStream(5, 5, 300, 0, new Random(8), false);
        Random random = new Random(9);
        List<byte[]> junk = new ArrayList<>();
        for (FecStream.Sent sent : s.wire) {
            if (sent.fec()) {
                byte[] m = sent.bytes().clone();
                for (int k = 0; k < 3; k++) {
                    m[random.nextInt(Math.min(m.length, 40))] ^= (byte) (1 << random.nextInt(8));
                }
                junk.add(java.util.Arrays.copyOf(m, random.nextInt(m.length + 1)));
            }
        }
        FecStream.Received r = s.receive(Set.of(s.at(2, 1, 1), s.at(3, 0, 0)), junk);
        assertTrue(
                r.order().size() >= s.media.size() - 2,
                "the stream goes on: " + r.order().size());
    }
}
