package io.mediaplane.media.ts;

/** PES packet headers (ISO/IEC 13818-1 §2.4.3.6) with PTS and DTS in 90 kHz ticks. */
final class Pes {
    static final int VIDEO_STREAM_ID = 0xe0;
    static final int AUDIO_STREAM_ID = 0xc0;
    /** Timestamps are 33 bits. */
    static final long TIMESTAMP_MASK = (1L << 33) - 1;

    private Pes() {}

    /**
     * The header of a PES packet carrying {@code payloadLength} bytes; {@code dts} is written only
     * when it differs from {@code pts}. Video gets PES_packet_length 0 (unbounded), as ISO/IEC
     * 13818-1 allows in transport streams, when the packet is too long to state.
     */
    static byte[] header(int streamId, long pts, long dts, int payloadLength, boolean aligned) {
        boolean withDts = dts != pts;
        int headerData = withDts ? 10 : 5;
        byte[] h = new byte[9 + headerData];
        h[2] = 1;
        h[3] = (byte) streamId;
        int length = 3 + headerData + payloadLength;
        if (length <= 0xffff && streamId != VIDEO_STREAM_ID) {
            h[4] = (byte) (length >>> 8);
            h[5] = (byte) length;
        }
        h[6] = (byte) (0x80 | (aligned ? 0x04 : 0));
        h[7] = (byte) (withDts ? 0xc0 : 0x80);
        h[8] = (byte) headerData;
        timestamp(h, 9, withDts ? 3 : 2, pts);
        if (withDts) {
            timestamp(h, 14, 1, dts);
        }
        return h;
    }

    private static void timestamp(byte[] b, int at, int prefix, long ts) {
        ts &= TIMESTAMP_MASK;
        b[at] = (byte) ((prefix << 4) | (int) (((ts >>> 30) & 7) << 1) | 1);
        b[at + 1] = (byte) (ts >>> 22);
        b[at + 2] = (byte) ((((ts >>> 15) & 0x7f) << 1) | 1);
        b[at + 3] = (byte) (ts >>> 7);
        b[at + 4] = (byte) (((ts & 0x7f) << 1) | 1);
    }

    /** Reads a 33-bit timestamp written by {@link #timestamp}. */
    static long readTimestamp(byte[] b, int at) {
        return (((long) (b[at] >>> 1) & 7) << 30)
                | ((b[at + 1] & 0xffL) << 22)
                | (((b[at + 2] & 0xffL) >>> 1) << 15)
                | ((b[at + 3] & 0xffL) << 7)
                | ((b[at + 4] & 0xffL) >>> 1);
    }
}
