package io.mediaplane.media.hls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * An attribute list (RFC 8216 4.2): {@code NAME=value} pairs in their order, values kept as written
 * (quoted strings with their quotes). Names are matched exactly; {@link #rawIgnoreCase} serves the
 * mixed-case forms some ad-marker tags use ({@code ElapsedTime=}). Immutable; the {@code with}
 * methods return a copy with one value replaced or added, the order kept.
 */
public final class AttributeList {
    private final List<String> names;
    private final List<String> values;

    private AttributeList(List<String> names, List<String> values) {
        this.names = names;
        this.values = values;
    }

    public static AttributeList empty() {
        return new AttributeList(List.of(), List.of());
    }

    /** Parses {@code text}; an empty text is an empty list. */
    public static AttributeList parse(String text) {
        List<String> names = new ArrayList<>(8);
        List<String> values = new ArrayList<>(8);
        AttributeParser.parse(text, names, values);
        return new AttributeList(names, values);
    }

    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    public int size() {
        return names.size();
    }

    public boolean has(String name) {
        return names.indexOf(name) >= 0;
    }

    /** The value as written (quotes included), or null. */
    public String raw(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : values.get(i);
    }

    /** The value as written of the first attribute whose name equals {@code name} ignoring case, or null. */
    public String rawIgnoreCase(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return values.get(i);
            }
        }
        return null;
    }

    /** A quoted-string without its quotes, or null when absent. */
    public String string(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        if (v.length() < 2 || v.charAt(0) != '"') {
            throw new HlsException(name + "=" + v + " is not a quoted-string");
        }
        return v.substring(1, v.length() - 1);
    }

    /** An enumerated-string (unquoted), or null when absent. */
    public String enumerated(String name) {
        String v = raw(name);
        if (v != null && v.startsWith("\"")) {
            throw new HlsException(name + "=" + v + " is not an enumerated-string");
        }
        return v;
    }

    public OptionalLong integer(String name) {
        String v = raw(name);
        return v == null ? OptionalLong.empty() : OptionalLong.of(checked(name, v, () -> Numbers.integer(v)));
    }

    public OptionalDouble decimal(String name) {
        String v = raw(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(checked(name, v, () -> Numbers.decimal(v, true)));
    }

    /** A hexadecimal-sequence ({@code 0x...}) as written, or null when absent. */
    public String hex(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        boolean ok = v.length() > 2 && v.charAt(0) == '0' && (v.charAt(1) == 'x' || v.charAt(1) == 'X');
        for (int i = 2; ok && i < v.length(); i++) {
            char c = v.charAt(i);
            ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        if (!ok) {
            throw new HlsException(name + "=" + v + " is not a hexadecimal-sequence");
        }
        return v;
    }

    /** A decimal-resolution ({@code 1280x720}), or null when absent. */
    public Resolution resolution(String name) {
        String v = raw(name);
        return v == null ? null : Resolution.parse(name, v);
    }

    /** A copy with {@code name} set to the quoted string {@code value}. */
    public AttributeList withString(String name, String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new HlsException("a quoted-string cannot contain '\"' or a line break: " + value);
        }
        return withRaw(name, "\"" + value + "\"");
    }

    /** A copy with {@code name} set to {@code value} written as is (enumerated, numbers, hex). */
    public AttributeList withRaw(String name, String value) {
        AttributeParser.checkName(name);
        AttributeParser.checkUnquoted(name, value);
        List<String> n = new ArrayList<>(names);
        List<String> v = new ArrayList<>(values);
        int i = n.indexOf(name);
        if (i < 0) {
            n.add(name);
            v.add(value);
        } else {
            v.set(i, value);
        }
        return new AttributeList(n, v);
    }

    /** A copy without {@code name}. */
    public AttributeList without(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            return this;
        }
        List<String> n = new ArrayList<>(names);
        List<String> v = new ArrayList<>(values);
        n.remove(i);
        v.remove(i);
        return new AttributeList(n, v);
    }

    /** The list as written in a tag: {@code A=1,B="x"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(16 * names.size());
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(names.get(i)).append('=').append(values.get(i));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeList a && names.equals(a.names) && values.equals(a.values);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + values.hashCode();
    }

    private interface NumberParse<T> {
        T parse();
    }

    private static <T> T checked(String name, String value, NumberParse<T> parse) {
        try {
            return parse.parse();
        } catch (HlsException e) {
            throw new HlsException(name + "=" + value + ": " + e.getMessage());
        }
    }
}
