package io.mediaplane.media.scte35;

/** Hex digits for SCTE-35 in HLS ({@code SCTE35-OUT=0xFC30...}). */
final class Hex {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {}

    static String encode(byte[] b) {
        char[] out = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = DIGITS[(b[i] >> 4) & 0xf];
            out[2 * i + 1] = DIGITS[b[i] & 0xf];
        }
        return new String(out);
    }

    static byte[] decode(String s) {
        int start = s.startsWith("0x") || s.startsWith("0X") ? 2 : 0;
        int n = s.length() - start;
        if (n % 2 != 0) {
            throw new Scte35Exception("hex string has an odd number of digits (" + n + ")");
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(s, start + 2 * i) << 4 | digit(s, start + 2 * i + 1));
        }
        return out;
    }

    private static int digit(String s, int at) {
        char c = s.charAt(at);
        int d = c >= '0' && c <= '9'
                ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) {
            throw new Scte35Exception("'" + c + "' at position " + at + " is not a hex digit");
        }
        return d;
    }
}
