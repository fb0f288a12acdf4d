package io.mediaplane.media.scte35;

/** Reads big-endian bit fields from a byte range; reading past its end is a {@link Scte35Exception}. */
final class BitReader {
    private final byte[] b;
    private final int end;
    private final String what;
    private long pos;

    BitReader(byte[] b, int from, int to, String what) {
        this.b = b;
        this.end = to;
        this.what = what;
        this.pos = (long) from * 8;
    }

    long bits(int n) {
        need(n);
        long v = 0;
        for (int i = 0; i < n; i++, pos++) {
            v = (v << 1) | ((b[(int) (pos >>> 3)] >>> (7 - (int) (pos & 7))) & 1);
        }
        return v;
    }

    int u8() {
        return (int) bits(8);
    }

    boolean flag() {
        return bits(1) == 1;
    }

    void skip(int n) {
        need(n);
        pos += n;
    }

    /** {@code n} whole bytes; the reader must be at a byte boundary. */
    byte[] bytes(int n) {
        need((long) n * 8);
        int at = bytePos();
        pos += (long) n * 8;
        return java.util.Arrays.copyOfRange(b, at, at + n);
    }

    /** A reader over the next {@code n} bytes, which this reader skips. */
    BitReader slice(int n, String sliceWhat) {
        need((long) n * 8);
        int at = bytePos();
        pos += (long) n * 8;
        return new BitReader(b, at, at + n, sliceWhat);
    }

    int bytePos() {
        return (int) (pos >>> 3);
    }

    int remainingBytes() {
        return end - bytePos();
    }

    boolean atEnd() {
        return pos >= (long) end * 8;
    }

    String what() {
        return what;
    }

    private void need(long n) {
        if (pos + n > (long) end * 8) {
            throw new Scte35Exception(
                    what + " is truncated: " + n + " bits needed, " + ((long) end * 8 - pos) + " left");
        }
    }
}
