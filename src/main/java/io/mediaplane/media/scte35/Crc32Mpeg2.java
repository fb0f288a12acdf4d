package io.mediaplane.media.scte35;

/**
 * CRC-32/MPEG-2 (polynomial 0x04C11DB7, initial value 0xFFFFFFFF, no reflection, no final XOR),
 * the CRC_32 of MPEG-2 sections (ISO/IEC 13818-1 Annex A). Run over a whole section including its
 * CRC_32 field, it gives 0.
 */
public final class Crc32Mpeg2 {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 24;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x80000000) != 0 ? (c << 1) ^ 0x04C11DB7 : c << 1;
            }
            TABLE[i] = c;
        }
    }

    private Crc32Mpeg2() {}

    /** The CRC of {@code len} bytes at {@code off}, as an unsigned 32-bit value. */
    public static long compute(byte[] b, int off, int len) {
        int crc = 0xFFFFFFFF;
        for (int i = off; i < off + len; i++) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ b[i]) & 0xff];
        }
        return crc & 0xFFFFFFFFL;
    }
}
