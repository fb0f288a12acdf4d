package io.mediaplane.media.hls;

import java.util.List;

/**
 * A media segment: its lines (the tags since the previous segment, then its URI line, last) with
 * what ad insertion needs computed once: duration and title, media sequence and discontinuity
 * sequence numbers, and the {@code EXT-X-KEY} and {@code EXT-X-MAP} lines in effect (which may sit
 * in an earlier segment).
 */
public final class Segment {
    private final List<Line> lines;
    private final int index;
    private final long mediaSequence;
    private final long discontinuitySequence;
    private final ExtInf extinf;
    private final boolean discontinuity;
    private final Line key;
    private final Line map;

    Segment(
            List<Line> lines,
            int index,
            long mediaSequence,
            long discontinuitySequence,
            ExtInf extinf,
            boolean discontinuity,
            Line key,
            Line map) {
        this.lines = lines;
        this.index = index;
        this.mediaSequence = mediaSequence;
        this.discontinuitySequence = discontinuitySequence;
        this.extinf = extinf;
        this.discontinuity = discontinuity;
        this.key = key;
        this.map = map;
    }

    /** Tags, comments and blank lines before the URI, then the URI line. */
    public List<Line> lines() {
        return lines;
    }

    /** The lines before the URI line. */
    public List<Line> tags() {
        return lines.subList(0, lines.size() - 1);
    }

    public Line uriLine() {
        return lines.get(lines.size() - 1);
    }

    public String uri() {
        return uriLine().uri();
    }

    /** Position in the playlist, from 0. */
    public int index() {
        return index;
    }

    public long mediaSequence() {
        return mediaSequence;
    }

    public long discontinuitySequence() {
        return discontinuitySequence;
    }

    public double duration() {
        return extinf.duration();
    }

    public String title() {
        return extinf.title();
    }

    /** Whether an {@code EXT-X-DISCONTINUITY} precedes this segment. */
    public boolean discontinuity() {
        return discontinuity;
    }

    /** The {@code EXT-X-KEY} line in effect, or null. */
    public Line key() {
        return key;
    }

    /** The {@code EXT-X-MAP} line in effect, or null. */
    public Line map() {
        return map;
    }

    public boolean has(String tag) {
        return find(tag) != null;
    }

    /** The first tag line named {@code tag} among this segment's lines, or null. */
    public Line find(String tag) {
        for (int i = 0, n = lines.size() - 1; i < n; i++) {
            if (lines.get(i).is(tag)) {
                return lines.get(i);
            }
        }
        return null;
    }
}
