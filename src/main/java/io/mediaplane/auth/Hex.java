package io.mediaplane.auth;

import io.mediaplane.aws.Percent;

/** Lower-case hex as SigV4 uses it. */
final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** The 32 bytes of a 64-hex-digit signature, or null when {@code hex} is not one. */
    static byte[] parseSignature(String hex) {
        if (hex == null || hex.length() != 64) {
            return null;
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            int hi = Percent.hexValue(hex.charAt(2 * i));
            int lo = Percent.hexValue(hex.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }
}
