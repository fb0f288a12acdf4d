package io.mediaplane.media.hls;

/**
 * One playlist line exactly as read (without its terminator), classified: a tag ({@code #EXT...}),
 * a URI, a comment (any other {@code #} line) or a blank line. The terminator ({@code \n},
 * {@code \r\n}, or none on a last line) is kept so an unchanged playlist is written back byte for
 * byte. Lines made here have no terminator of their own and get the playlist's.
 */
public final class Line {
    public enum Kind {
        TAG,
        URI,
        COMMENT,
        BLANK
    }

    private final String text;
    private final String eol;
    private final Kind kind;
    private final String name;
    private final int valueStart;
    private final int number;
    private String value;

    private Line(String text, String eol, Kind kind, String name, int valueStart, int number) {
        this.text = text;
        this.eol = eol;
        this.kind = kind;
        this.name = name;
        this.valueStart = valueStart;
        this.number = number;
    }

    /** Classifies {@code text}; {@code eol} is its terminator as read, {@code number} its 1-based line number. */
    static Line read(String text, String eol, int number) {
        if (text.startsWith("#EXT")) {
            int colon = text.indexOf(':');
            int end = colon < 0 ? text.length() : colon;
            return new Line(text, eol, Kind.TAG, Tags.name(text, end), colon < 0 ? -1 : colon + 1, number);
        }
        if (text.startsWith("#")) {
            return new Line(text, eol, Kind.COMMENT, null, -1, number);
        }
        return new Line(text, eol, text.isBlank() ? Kind.BLANK : Kind.URI, null, -1, number);
    }

    /** A tag without a value, such as {@code #EXT-X-DISCONTINUITY}. */
    public static Line tag(String name) {
        checkName(name);
        return new Line("#" + name, null, Kind.TAG, name, -1, 0);
    }

    /** A tag with a value, such as {@code #EXT-X-CUE-OUT:30}. */
    public static Line tag(String name, String value) {
        checkName(name);
        checkText(value);
        return new Line("#" + name + ":" + value, null, Kind.TAG, name, name.length() + 2, 0);
    }

    public static Line uri(String uri) {
        checkText(uri);
        if (uri.isBlank() || uri.startsWith("#")) {
            throw new HlsException("'" + uri + "' cannot be a URI line");
        }
        return new Line(uri, null, Kind.URI, null, -1, 0);
    }

    /** A comment line: {@code #} and {@code text}, which must not start with "EXT". */
    public static Line comment(String text) {
        checkText(text);
        if (text.startsWith("EXT")) {
            throw new HlsException("a comment cannot start with #EXT");
        }
        return new Line("#" + text, null, Kind.COMMENT, null, -1, 0);
    }

    /** A line with {@code text} in place of this one's, keeping its terminator and number. */
    public Line withText(String text) {
        checkText(text);
        return read(text, eol, number);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTag() {
        return kind == Kind.TAG;
    }

    public boolean isUri() {
        return kind == Kind.URI;
    }

    /** Whether this is the tag {@code name} (given without '#'). */
    public boolean is(String name) {
        return kind == Kind.TAG && this.name.equals(name);
    }

    /** The tag name without '#', or null when this is not a tag. */
    public String name() {
        return name;
    }

    /** What follows the tag's ':', or null when there is no ':' (or this is not a tag). */
    public String value() {
        if (value == null && valueStart >= 0) {
            value = text.substring(valueStart);
        }
        return value;
    }

    /** The URI of a URI line, without surrounding whitespace. */
    public String uri() {
        if (kind != Kind.URI) {
            throw new HlsException(number, "not a URI line: " + text);
        }
        return text.strip();
    }

    /** The line as read or made, without terminator. */
    public String text() {
        return text;
    }

    /** The terminator as read ({@code "\n"}, {@code "\r\n"} or {@code ""}), or null for a line made here. */
    public String eol() {
        return eol;
    }

    /** The 1-based line number in the parsed text, or 0 for a line made here. */
    public int number() {
        return number;
    }

    /** This tag's value as an attribute list (RFC 8216 4.2). */
    public AttributeList attributes() {
        if (kind != Kind.TAG) {
            throw new HlsException(number, "not a tag: " + text);
        }
        try {
            return AttributeList.parse(value() == null ? "" : value());
        } catch (HlsException e) {
            throw new HlsException(number, name + ": " + e.getMessage());
        }
    }

    /** This tag's value as a decimal-integer (VERSION, TARGETDURATION, MEDIA-SEQUENCE...). */
    public long integerValue() {
        String v = value();
        try {
            return Numbers.integer(v == null ? "" : v);
        } catch (HlsException e) {
            throw new HlsException(number, name + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static void checkName(String name) {
        if (name.isEmpty() || !name.startsWith("EXT") || name.indexOf(':') >= 0) {
            throw new HlsException("'" + name + "' is not a tag name");
        }
        checkText(name);
    }

    private static void checkText(String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new HlsException("a line cannot contain a line break");
        }
    }
}
