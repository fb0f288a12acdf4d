package io.mediaplane.media.hls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A playlist as a list of {@link Line}s, each kept as read. Writing an unchanged playlist gives
 * back the text it was parsed from, byte for byte. Immutable and safe to share between threads.
 */
public final class Playlist {
    private final List<Line> lines;
    private final String eol;
    private final boolean bom;
    private final int length;

    Playlist(List<Line> lines, String eol, boolean bom, int length) {
        this.lines = Collections.unmodifiableList(lines);
        this.eol = eol;
        this.bom = bom;
        this.length = length;
    }

    /** Tokenizes {@code text}; the first line must be {@code #EXTM3U}. */
    public static Playlist parse(String text) {
        return PlaylistParser.parse(text);
    }

    /** Tokenizes UTF-8 bytes. */
    public static Playlist parse(byte[] utf8) {
        return parse(new String(utf8, StandardCharsets.UTF_8));
    }

    public List<Line> lines() {
        return lines;
    }

    /** The terminator of the first line, used for the lines made here. */
    public String eol() {
        return eol;
    }

    /** Whether this is a multivariant playlist (it has STREAM-INF, I-FRAME-STREAM-INF, MEDIA or SESSION tags). */
    public boolean isMultivariant() {
        for (Line l : lines) {
            if (l.isTag()) {
                switch (l.name()) {
                    case Tags.STREAM_INF, Tags.I_FRAME_STREAM_INF, Tags.MEDIA, Tags.SESSION_DATA, Tags.SESSION_KEY -> {
                        return true;
                    }
                    default -> {}
                }
            }
        }
        return false;
    }

    /** A writer that starts as this playlist did (byte order mark, terminator), sized for it. */
    public PlaylistWriter writer() {
        return new PlaylistWriter(eol, bom, length + 256);
    }

    /**
     * A copy with every URI line and every {@code URI="..."} attribute replaced by {@code map} of it
     * (lines whose URI does not change are kept as they are).
     */
    public Playlist mapUris(UnaryOperator<String> map) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(UriLines.map(l, map));
        }
        return new Playlist(out, eol, bom, length);
    }

    /** The playlist's text. */
    @Override
    public String toString() {
        return writer().lines(lines).toString();
    }
}
