package io.mediaplane.media.hls;

import java.util.List;

/**
 * Splits an attribute list into names and raw values. Strict where RFC 8216 4.2 matters (every
 * attribute has a name, '=' and a value; quoted strings are closed and followed by ',' or the end;
 * names are not repeated), lenient where players are (any-case names, spaces after commas, a
 * trailing comma).
 */
final class AttributeParser {
    private AttributeParser() {}

    static void parse(String s, List<String> names, List<String> values) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i == n) {
                break;
            }
            int nameStart = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ',') {
                i++;
            }
            String name = s.substring(nameStart, i);
            if (i == n || s.charAt(i) != '=') {
                throw new HlsException("attribute '" + name + "' has no '=' (at character " + (nameStart + 1) + ")");
            }
            checkName(name);
            i++;
            int valueStart = i;
            if (i < n && s.charAt(i) == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) {
                    throw new HlsException("the quoted-string of " + name + " is not closed");
                }
                i = close + 1;
                if (i < n && s.charAt(i) != ',') {
                    throw new HlsException("unexpected '" + s.charAt(i) + "' after the quoted-string of " + name);
                }
            } else {
                while (i < n && s.charAt(i) != ',') {
                    if (s.charAt(i) == '"') {
                        throw new HlsException("'\"' inside the unquoted value of " + name);
                    }
                    i++;
                }
                if (i == valueStart) {
                    throw new HlsException("attribute " + name + " has an empty value");
                }
            }
            if (names.contains(name)) {
                throw new HlsException("attribute " + name + " appears twice");
            }
            names.add(name);
            values.add(s.substring(valueStart, i));
            i++;
        }
    }

    static void checkName(String name) {
        if (name.isEmpty()) {
            throw new HlsException("an attribute has an empty name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                throw new HlsException("'" + name + "' is not an attribute name");
            }
        }
    }

    static void checkUnquoted(String name, String value) {
        if (value.isEmpty()) {
            throw new HlsException("attribute " + name + " has an empty value");
        }
        boolean quoted = value.length() >= 2 && value.charAt(0) == '"' && value.indexOf('"', 1) == value.length() - 1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || (!quoted && (c == ',' || c == '"'))) {
                throw new HlsException("attribute " + name + " cannot have the value " + value);
            }
        }
    }
}
