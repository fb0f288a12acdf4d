package io.mediaplane.media.hls;

/** A playlist, tag or attribute list that does not follow RFC 8216, with the line it is on. */
public final class HlsException extends RuntimeException {
    private final int line;

    public HlsException(String message) {
        this(0, message);
    }

    /** {@code line} is 1-based; 0 when the text did not come from a numbered line. */
    public HlsException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** The 1-based line number, or 0. */
    public int line() {
        return line;
    }
}
