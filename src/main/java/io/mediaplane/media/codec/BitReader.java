package io.mediaplane.media.codec;

/** Reads bits most-significant first, with H.264 Exp-Golomb codes; past the end it throws. */
final class BitReader {
    private final byte[] data;
    private final int end;
    private long bit;

    BitReader(byte[] data, int offset, int length) {
        this.data = data;
        this.end = offset + length;
        this.bit = (long) offset * 8;
    }

    int bits(int n) throws CodecException {
        int value = 0;
        for (int i = 0; i < n; i++) {
            value = (value << 1) | bit();
        }
        return value;
    }

    int bit() throws CodecException {
        int index = (int) (bit >>> 3);
        if (index >= end) {
            throw new CodecException("bitstream ends early");
        }
        int value = (data[index] >>> (7 - (int) (bit & 7))) & 1;
        bit++;
        return value;
    }

    boolean flag() throws CodecException {
        return bit() == 1;
    }

    void skip(int n) throws CodecException {
        for (int i = 0; i < n; i++) {
            bit();
        }
    }

    /** ue(v) of H.264 §9.1. */
    int ue() throws CodecException {
        int zeros = 0;
        while (bit() == 0) {
            if (++zeros > 31) {
                throw new CodecException("Exp-Golomb code longer than 32 bits");
            }
        }
        return (int) ((1L << zeros) - 1 + (zeros == 0 ? 0 : Integer.toUnsignedLong(bits(zeros))));
    }

    /** se(v) of H.264 §9.1.1. */
    int se() throws CodecException {
        int k = ue();
        return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
    }
}
