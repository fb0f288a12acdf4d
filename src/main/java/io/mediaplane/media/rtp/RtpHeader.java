package io.mediaplane.media.rtp;

/**
 * The fixed RTP header (RFC 3550 §5.1), read and written in place in a byte array. Nothing here
 * allocates: a relay parses every packet on its hot path.
 */
public final class RtpHeader {
    /** Length of the fixed header, without CSRCs or extension. */
    public static final int FIXED_LENGTH = 12;

    private RtpHeader() {}

    /**
     * Whether {@code len} bytes at {@code off} hold a well-formed RTP packet: version 2, and the
     * CSRC list, extension and padding all fit inside the datagram.
     */
    public static boolean isValid(byte[] b, int off, int len) {
        return payloadOffset(b, off, len) >= 0;
    }

    /**
     * Offset (from {@code off}) of the payload, after CSRCs and extension, or -1 when the packet is
     * not well-formed RTP.
     */
    public static int payloadOffset(byte[] b, int off, int len) {
        if (len < FIXED_LENGTH || (b[off] & 0xc0) != 0x80) {
            return -1;
        }
        int header = FIXED_LENGTH + 4 * (b[off] & 0x0f);
        if ((b[off] & 0x10) != 0) {
            if (header + 4 > len) {
                return -1;
            }
            header += 4 + 4 * u16(b, off + header + 2);
        }
        if (header > len) {
            return -1;
        }
        if ((b[off] & 0x20) != 0) {
            int padding = b[off + len - 1] & 0xff;
            if (padding == 0 || header + padding > len) {
                return -1;
            }
        }
        return header;
    }

    public static int version(byte[] b, int off) {
        return (b[off] & 0xc0) >>> 6;
    }

    public static boolean marker(byte[] b, int off) {
        return (b[off + 1] & 0x80) != 0;
    }

    public static int payloadType(byte[] b, int off) {
        return b[off + 1] & 0x7f;
    }

    public static int sequence(byte[] b, int off) {
        return u16(b, off + 2);
    }

    public static long timestamp(byte[] b, int off) {
        return u32(b, off + 4);
    }

    public static long ssrc(byte[] b, int off) {
        return u32(b, off + 8);
    }

    /** Writes a fixed header with no padding, extension or CSRCs. */
    public static void write(
            byte[] b, int off, boolean marker, int payloadType, int sequence, long timestamp, long ssrc) {
        b[off] = (byte) 0x80;
        b[off + 1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7f));
        putU16(b, off + 2, sequence);
        putU32(b, off + 4, timestamp);
        putU32(b, off + 8, ssrc);
    }

    public static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    public static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24)
                | ((b[at + 1] & 0xff) << 16)
                | ((b[at + 2] & 0xff) << 8)
                | (b[at + 3] & 0xff);
    }

    public static void putU16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    public static void putU32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
