package io.mediaplane.media.rtp;

/**
 * RTP sequence-number arithmetic. Sequence numbers are 16 bits and wrap; inside a receiver they are
 * extended to a 64-bit counter that never wraps, by choosing the value nearest a reference.
 */
public final class Seq {
    private Seq() {}

    /** {@code a - b} modulo 2^16, as a signed value in [-32768, 32767]. */
    public static int diff(int a, int b) {
        return (short) (a - b);
    }

    /** Whether {@code a} comes after {@code b} (RFC 1982 serial-number comparison). */
    public static boolean isAfter(int a, int b) {
        return diff(a, b) > 0;
    }

    /** The extended sequence number whose low 16 bits are {@code seq} and which is nearest {@code reference}. */
    public static long extend(int seq, long reference) {
        return reference + diff(seq & 0xffff, (int) (reference & 0xffff));
    }
}
