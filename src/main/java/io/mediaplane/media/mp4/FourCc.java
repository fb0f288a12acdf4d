package io.mediaplane.media.mp4;

/** Four-character codes (box types, brands, handlers) as big-endian ints. */
public final class FourCc {
    private FourCc() {}

    public static int of(String code) {
        if (code.length() != 4) {
            throw new IllegalArgumentException("not a four-character code: " + code);
        }
        return (code.charAt(0) << 24) | (code.charAt(1) << 16) | (code.charAt(2) << 8) | code.charAt(3);
    }

    /** The code as text, with bytes outside printable ASCII shown as {@code ?}. */
    public static String toString(int code) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            int b = (code >>> (24 - 8 * i)) & 0xff;
            c[i] = b >= 0x20 && b < 0x7f ? (char) b : '?';
        }
        return new String(c);
    }
}
