package io.mediaplane.aws;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS's percent-encoding (SigV4's UriEncode): every byte except the unreserved characters
 * {@code A-Z a-z 0-9 - _ . ~} becomes {@code %XX} (upper-case hex), characters as UTF-8 bytes; and
 * its decoding, where '+' stays a '+'. The one codec of the server: SigV4 canonicalisation and the
 * wire layer's path labels and query strings both use it. Hand-written loops without intermediate
 * arrays: this runs for every request.
 */
public final class Percent {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
            UNRESERVED[Character.toLowerCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

    private Percent() {}

    /**
     * Encodes an (already percent-encoded) path again, keeping '/' and unreserved characters:
     * {@code %3A} becomes {@code %253A}. This is the "double encoding" of non-S3 services.
     */
    public static void encodePath(String path, StringBuilder out) {
        for (int i = 0; i < path.length(); ) {
            char c = path.charAt(i);
            if (c == '/') {
                out.append(c);
                i++;
            } else if (c < 0x80) {
                appendByte(c, out);
                i++;
            } else {
                i += appendUtf8(path, i, out);
            }
        }
    }

    /**
     * Decodes the percent escapes of {@code raw[from, to)} (a query name or value) and encodes the
     * result canonically, byte by byte, so even invalid UTF-8 survives unchanged. '+' is not a space;
     * a '%' not followed by two hex digits is taken literally (and becomes %25).
     */
    public static void recode(String raw, int from, int to, StringBuilder out) {
        for (int i = from; i < to; ) {
            int b = escapedByte(raw, i, to);
            if (b >= 0) {
                appendByte(b, out);
                i += 3;
            } else if (raw.charAt(i) < 0x80) {
                appendByte(raw.charAt(i), out);
                i++;
            } else {
                i += appendUtf8(raw, i, out);
            }
        }
    }

    /**
     * Fully decodes a raw path segment or query value as UTF-8 ('+' stays '+'; a '%' not followed by
     * two hex digits is kept as written). Not for the hot path of canonicalisation.
     */
    public static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int b = escapedByte(raw, i, raw.length());
            if (b >= 0) {
                bytes.write(b);
                i += 3;
            } else {
                int cp = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Parses a raw query string into decoded names and their values in order. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** The byte of a valid {@code %XX} escape at {@code i} (ending before {@code to}), else -1. */
    private static int escapedByte(String s, int i, int to) {
        if (s.charAt(i) != '%' || i + 2 >= to) {
            return -1;
        }
        int hi = hexValue(s.charAt(i + 1));
        int lo = hexValue(s.charAt(i + 2));
        return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
    }

    /** The value of a hex digit, either case; -1 when it is not one. */
    public static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static void appendByte(int b, StringBuilder out) {
        if (b < 0x80 && UNRESERVED[b]) {
            out.append((char) b);
        } else {
            out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    /** Appends the encoded UTF-8 bytes of the non-ASCII code point at {@code i}; returns the chars consumed. */
    private static int appendUtf8(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            appendByte(0xF0 | (cp >> 18), out);
            appendByte(0x80 | ((cp >> 12) & 0x3F), out);
            appendByte(0x80 | ((cp >> 6) & 0x3F), out);
            appendByte(0x80 | (cp & 0x3F), out);
            return 2;
        }
        if (Character.isSurrogate(c)) {
            appendByte('?', out); // a lone surrogate, as String.getBytes(UTF_8) encodes it
        } else if (c < 0x800) {
            appendByte(0xC0 | (c >> 6), out);
            appendByte(0x80 | (c & 0x3F), out);
        } else {
            appendByte(0xE0 | (c >> 12), out);
            appendByte(0x80 | ((c >> 6) & 0x3F), out);
            appendByte(0x80 | (c & 0x3F), out);
        }
        return 1;
    }
}
