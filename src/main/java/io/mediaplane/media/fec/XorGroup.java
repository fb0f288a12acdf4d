package io.mediaplane.media.fec;

import io.mediaplane.media.rtp.RtpHeader;
import java.util.Arrays;

/**
 * The running XOR of a row or column of RTP packets, as RFC 2733 defines it: the P, X, CC, M and PT
 * bits, the timestamps, the lengths after the 12-byte header, and the bytes after it, each shorter
 * packet padded with zeros. Also remembers the first packet's sequence number and timestamp.
 */
final class XorGroup {
    private byte[] payload = new byte[1500];
    private int payloadLength;
    private int bits0;
    private int bits1;
    private long timestamps;
    private int lengths;
    int firstSequence;
    long firstTimestamp;

    void start(byte[] b, int off, int len) {
        Arrays.fill(payload, 0, payloadLength, (byte) 0);
        payloadLength = 0;
        bits0 = 0;
        bits1 = 0;
        timestamps = 0;
        lengths = 0;
        firstSequence = RtpHeader.sequence(b, off);
        firstTimestamp = RtpHeader.timestamp(b, off);
        add(b, off, len);
    }

    void add(byte[] b, int off, int len) {
        int n = len - RtpHeader.FIXED_LENGTH;
        if (n > payload.length) {
            payload = Arrays.copyOf(payload, n);
        }
        bits0 ^= b[off] & 0x3f;
        bits1 ^= b[off + 1] & 0xff;
        timestamps ^= RtpHeader.timestamp(b, off);
        lengths ^= n;
        int from = off + RtpHeader.FIXED_LENGTH;
        for (int i = 0; i < n; i++) {
            payload[i] ^= b[from + i];
        }
        payloadLength = Math.max(payloadLength, n);
    }

    /**
     * Writes the FEC packet: RTP header (V=2, the XOR of P/X/CC and M, PT 96, {@code sequence}, the
     * first packet's timestamp, SSRC 0), FEC header, protected payload. Returns its length.
     */
    int write(byte[] out, int sequence, boolean row, int offset, int na) {
        out[0] = (byte) (0x80 | bits0);
        out[1] = (byte) ((bits1 & 0x80) | FecHeader.PAYLOAD_TYPE);
        RtpHeader.putU16(out, 2, sequence);
        RtpHeader.putU32(out, 4, firstTimestamp);
        RtpHeader.putU32(out, 8, 0);
        new FecHeader(
                        RtpHeader.FIXED_LENGTH,
                        firstSequence,
                        lengths,
                        true,
                        bits1 & 0x7f,
                        0,
                        timestamps,
                        false,
                        row,
                        0,
                        0,
                        offset,
                        na,
                        0)
                .write(out, RtpHeader.FIXED_LENGTH);
        int at = RtpHeader.FIXED_LENGTH + FecHeader.LENGTH;
        System.arraycopy(payload, 0, out, at, payloadLength);
        return at + payloadLength;
    }
}
