package io.mediaplane.media.scte35;

import java.util.HexFormat;

/** Hex digits for SCTE-35 in HLS ({@code SCTE35-OUT=0xFC30...}): upper case, {@code 0x} optional on input. */
final class Hex {
    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private Hex() {}

    static String encode(byte[] b) {
        return UPPER.formatHex(b);
    }

    static byte[] decode(String s) {
        String digits = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        try {
            return UPPER.parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new Scte35Exception("not hex: " + e.getMessage(), e);
        }
    }
}
