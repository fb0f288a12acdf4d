package io.mediaplane.media.hls;

import java.util.List;

/**
 * Appends lines to a playlist text. Lines as read keep their own terminator; lines written here
 * get the playlist's. Values are checked for line breaks, so nothing can inject a line.
 */
public final class PlaylistWriter {
    private final StringBuilder sb;
    private final String eol;
    private boolean open;

    /** A writer for a new playlist ({@code eol} is "\n" or "\r\n"). */
    public PlaylistWriter(String eol, int capacity) {
        this(eol, false, capacity);
    }

    PlaylistWriter(String eol, boolean bom, int capacity) {
        this.sb = new StringBuilder(capacity);
        this.eol = eol;
        if (bom) {
            sb.append('\uFEFF');
        }
    }

    public PlaylistWriter line(Line line) {
        if (open) {
            sb.append(eol);
        }
        sb.append(line.text());
        String e = line.eol() == null ? eol : line.eol();
        sb.append(e);
        open = e.isEmpty();
        return this;
    }

    public PlaylistWriter lines(List<Line> lines) {
        for (int i = 0, n = lines.size(); i < n; i++) {
            line(lines.get(i));
        }
        return this;
    }

    /** {@code #name}. */
    public PlaylistWriter tag(String name) {
        check(name);
        start().append('#').append(name);
        return end();
    }

    /** {@code #name:value}. */
    public PlaylistWriter tag(String name, String value) {
        check(name);
        check(value);
        start().append('#').append(name).append(':').append(value);
        return end();
    }

    /** {@code #EXTINF:<seconds>,<title>}. */
    public PlaylistWriter extinf(double seconds, String title) {
        check(title);
        start().append("#EXTINF:").append(Numbers.seconds(seconds)).append(',').append(title);
        return end();
    }

    public PlaylistWriter uri(String uri) {
        check(uri);
        if (uri.isBlank() || uri.startsWith("#")) {
            throw new HlsException("'" + uri + "' cannot be a URI line");
        }
        start().append(uri);
        return end();
    }

    public int length() {
        return sb.length();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private StringBuilder start() {
        if (open) {
            sb.append(eol);
            open = false;
        }
        return sb;
    }

    private PlaylistWriter end() {
        sb.append(eol);
        return this;
    }

    private static void check(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new HlsException("a line cannot contain a line break: " + s.strip());
            }
        }
    }
}
