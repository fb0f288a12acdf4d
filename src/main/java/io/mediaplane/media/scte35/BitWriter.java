package io.mediaplane.media.scte35;

import java.util.Arrays;

/** Writes big-endian bit fields into a growing buffer. */
final class BitWriter {
    private byte[] buf = new byte[64];
    private long pos;

    BitWriter bits(long v, int n) {
        for (int i = n - 1; i >= 0; i--, pos++) {
            int at = (int) (pos >>> 3);
            if (at == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            if (((v >>> i) & 1) != 0) {
                buf[at] |= (byte) (0x80 >>> (int) (pos & 7));
            }
        }
        return this;
    }

    BitWriter flag(boolean f) {
        return bits(f ? 1 : 0, 1);
    }

    /** {@code n} reserved bits, all set to 1 as SCTE 35 requires. */
    BitWriter reserved(int n) {
        return bits(-1L, n);
    }

    BitWriter bytes(byte[] b) {
        for (byte x : b) {
            bits(x & 0xff, 8);
        }
        return this;
    }

    int byteLength() {
        return (int) ((pos + 7) >>> 3);
    }

    byte[] toByteArray() {
        if ((pos & 7) != 0) {
            throw new IllegalStateException("not at a byte boundary");
        }
        return Arrays.copyOf(buf, byteLength());
    }
}
