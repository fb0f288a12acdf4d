package io.mediaplane.media.fec;

import io.mediaplane.media.rtp.ReorderBuffer;
import io.mediaplane.media.rtp.RtpHeader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test fixture: an RTP stream protected by {@link FecEncoder}, sent packet by packet (1 ms apart)
 * in the order a sender emits them, through a receiver ({@link ReorderBuffer} + {@link FecDecoder})
 * with chosen media packets dropped.
 */
final class FecStream {
    static final long MS = 1_000_000L;

    /** One datagram as sent: media (index of the media packet) or FEC (row or column). */
    record Sent(byte[] bytes, int media, boolean fec, boolean row) {}

    final int l;
    final int d;
    final List<byte[]> media = new ArrayList<>();
    final List<Sent> wire = new ArrayList<>();

    FecStream(int l, int d, int count, int firstSeq, Random random, boolean variableLength) {
        this.l = l;
        this.d = d;
        FecEncoder encoder = new FecEncoder(l, d, 100, 200);
        for (int i = 0; i < count; i++) {
            int size = variableLength ? 12 + 1 + random.nextInt(1400) : 12 + 1316;
            byte[] p = new byte[size];
            random.nextBytes(p);
            RtpHeader.write(p, 0, random.nextInt(10) == 0, 33, (firstSeq + i) & 0xffff, 90_000L * i / 7, 0x5eed);
            media.add(p);
            wire.add(new Sent(p, i, false, false));
            encoder.add(
                    p,
                    0,
                    p.length,
                    (buf, len, row) -> wire.add(new Sent(java.util.Arrays.copyOf(buf, len), -1, true, row)));
        }
    }

    /** Result of sending the stream through a receiver. */
    record Received(Map<Integer, byte[]> bySequence, List<Integer> order, long lost, long recovered, long malformed) {}

    Received receive(Set<Integer> dropped, List<byte[]> extraFec) {
        ReorderBuffer reorder = new ReorderBuffer(4096, 200 * MS, true);
        FecDecoder decoder = new FecDecoder(reorder, 64);
        Map<Integer, byte[]> got = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        ReorderBuffer.Sink sink = (buf, off, len, ext) -> {
            order.add(RtpHeader.sequence(buf, off));
            got.put(RtpHeader.sequence(buf, off), java.util.Arrays.copyOfRange(buf, off, off + len));
        };
        long[] now = {0};
        FecDecoder.Recovered recovered = (buf, len) -> {
            long arrival = reorder.estimateArrival(RtpHeader.sequence(buf, 0), now[0]);
            return reorder.offer(buf, 0, len, arrival, sink) == ReorderBuffer.Outcome.HELD;
        };
        int extra = 0;
        for (Sent s : wire) {
            now[0] += MS;
            if (s.fec()) {
                decoder.onFec(s.bytes(), 0, s.bytes().length, recovered);
                if (extra < extraFec.size()) {
                    byte[] junk = extraFec.get(extra++);
                    decoder.onFec(junk, 0, junk.length, recovered);
                }
            } else if (!dropped.contains(s.media())) {
                reorder.offer(s.bytes(), 0, s.bytes().length, now[0], sink);
                decoder.onMedia(recovered);
            }
            reorder.release(now[0], sink);
        }
        reorder.release(now[0] + 10_000 * MS, sink);
        return new Received(got, order, reorder.lost(), decoder.recovered(), decoder.malformed());
    }

    /** Index of the media packet at row r, column c of matrix m. */
    int at(int m, int r, int c) {
        return m * l * d + r * l + c;
    }
}
