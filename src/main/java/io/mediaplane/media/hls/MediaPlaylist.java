package io.mediaplane.media.hls;

import java.util.List;

/**
 * A media playlist grouped for ad insertion: the header (EXTM3U and the playlist tags, with the
 * comments and blank lines among them), the segments, and the trailer (lines after the last URI,
 * such as ENDLIST or a trailing CUE-IN). Writing header, segments and trailer in order gives the
 * original text. Immutable: parse once per origin refresh and share between sessions.
 */
public final class MediaPlaylist {
    private final Playlist playlist;
    private final List<Line> header;
    private final List<Segment> segments;
    private final List<Line> trailer;
    private final long version;
    private final long targetDuration;
    private final long mediaSequence;
    private final long discontinuitySequence;
    private final String playlistType;
    private final boolean iFramesOnly;
    private final boolean endList;

    MediaPlaylist(
            Playlist playlist,
            List<Line> header,
            List<Segment> segments,
            List<Line> trailer,
            long[] numbers,
            String playlistType,
            boolean iFramesOnly,
            boolean endList) {
        this.playlist = playlist;
        this.header = header;
        this.segments = segments;
        this.trailer = trailer;
        this.version = numbers[0];
        this.targetDuration = numbers[1];
        this.mediaSequence = numbers[2];
        this.discontinuitySequence = numbers[3];
        this.playlistType = playlistType;
        this.iFramesOnly = iFramesOnly;
        this.endList = endList;
    }

    public static MediaPlaylist parse(String text) {
        return of(Playlist.parse(text));
    }

    /** Groups a parsed playlist; it must be a media playlist with EXT-X-TARGETDURATION. */
    public static MediaPlaylist of(Playlist playlist) {
        return MediaPlaylistReader.read(playlist);
    }

    public Playlist playlist() {
        return playlist;
    }

    public List<Line> header() {
        return header;
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Line> trailer() {
        return trailer;
    }

    /** EXT-X-VERSION, or 1 when absent. */
    public long version() {
        return version;
    }

    public long targetDuration() {
        return targetDuration;
    }

    /** EXT-X-MEDIA-SEQUENCE, or 0 when absent. */
    public long mediaSequence() {
        return mediaSequence;
    }

    /** EXT-X-DISCONTINUITY-SEQUENCE, or 0 when absent. */
    public long discontinuitySequence() {
        return discontinuitySequence;
    }

    /** EVENT, VOD, or null when absent. */
    public String playlistType() {
        return playlistType;
    }

    public boolean iFramesOnly() {
        return iFramesOnly;
    }

    /** Whether EXT-X-ENDLIST is present (VOD, or a finished event). */
    public boolean endList() {
        return endList;
    }

    /** The sum of the segments' durations, in seconds. */
    public double duration() {
        double d = 0;
        for (Segment s : segments) {
            d += s.duration();
        }
        return d;
    }

    @Override
    public String toString() {
        return playlist.toString();
    }
}
