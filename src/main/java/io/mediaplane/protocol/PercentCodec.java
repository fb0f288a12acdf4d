package io.mediaplane.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percent-decoding of raw path segments and query strings, where '+' stays a '+' (AWS rules). */
public final class PercentCodec {
    private PercentCodec() {}

    /** Decodes %XX escapes as UTF-8; a malformed escape is kept as written. */
    public static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder text = new StringBuilder(raw.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                flush(bytes, text);
                text.append(c);
            }
        }
        flush(bytes, text);
        return text.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder text) {
        if (bytes.size() > 0) {
            text.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
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

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
