package io.mediaplane.media.hls;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link MediaPlaylist} from lines: header, segments, trailer, and the playlist tags. */
final class MediaPlaylistReader {
    private MediaPlaylistReader() {}

    static MediaPlaylist read(Playlist playlist) {
        List<Line> lines = playlist.lines();
        int n = lines.size();
        int headerEnd = 0;
        while (headerEnd < n && isHeader(lines.get(headerEnd))) {
            headerEnd++;
        }
        long[] numbers = {1, -1, 0, 0};
        String playlistType = null;
        boolean iFramesOnly = false;
        boolean endList = false;
        for (Line l : lines) {
            if (!l.isTag()) {
                continue;
            }
            switch (l.name()) {
                case Tags.VERSION -> numbers[0] = l.integerValue();
                case Tags.TARGETDURATION -> numbers[1] = l.integerValue();
                case Tags.MEDIA_SEQUENCE -> numbers[2] = l.integerValue();
                case Tags.DISCONTINUITY_SEQUENCE -> numbers[3] = l.integerValue();
                case Tags.PLAYLIST_TYPE -> playlistType = playlistType(l);
                case Tags.I_FRAMES_ONLY -> iFramesOnly = true;
                case Tags.ENDLIST -> endList = true;
                case Tags.STREAM_INF, Tags.I_FRAME_STREAM_INF, Tags.MEDIA, Tags.SESSION_DATA, Tags.SESSION_KEY ->
                    throw new HlsException(
                            l.number(), "#" + l.name() + " belongs in a multivariant playlist, not a media playlist");
                default -> {}
            }
        }
        if (numbers[1] < 0) {
            throw new HlsException("a media playlist needs #EXT-X-TARGETDURATION");
        }
        List<Segment> segments = new ArrayList<>(n / 2);
        long discontinuitySequence = numbers[3];
        Line key = null;
        Line map = null;
        int start = headerEnd;
        ExtInf extinf = null;
        Line extinfLine = null;
        boolean discontinuity = false;
        for (int i = headerEnd; i < n; i++) {
            Line l = lines.get(i);
            if (l.isTag()) {
                switch (l.name()) {
                    case Tags.EXTINF -> {
                        if (extinfLine != null) {
                            throw new HlsException(
                                    l.number(),
                                    "a second #EXTINF before the URI of the one on line " + extinfLine.number());
                        }
                        extinf = ExtInf.of(l);
                        extinfLine = l;
                    }
                    case Tags.DISCONTINUITY -> discontinuity = true;
                    case Tags.KEY -> {
                        Key.of(l);
                        key = l;
                    }
                    case Tags.MAP -> {
                        InitSection.of(l);
                        map = l;
                    }
                    default -> {}
                }
            } else if (l.isUri()) {
                if (extinfLine == null) {
                    throw new HlsException(l.number(), "segment URI without #EXTINF: " + l.text());
                }
                if (discontinuity) {
                    discontinuitySequence++;
                }
                segments.add(new Segment(
                        List.copyOf(lines.subList(start, i + 1)),
                        segments.size(),
                        numbers[2] + segments.size(),
                        discontinuitySequence,
                        extinf,
                        discontinuity,
                        key,
                        map));
                start = i + 1;
                extinfLine = null;
                discontinuity = false;
            }
        }
        if (extinfLine != null) {
            throw new HlsException(extinfLine.number(), "#EXTINF without a segment URI after it");
        }
        return new MediaPlaylist(
                playlist,
                List.copyOf(lines.subList(0, headerEnd)),
                List.copyOf(segments),
                List.copyOf(lines.subList(start, n)),
                numbers,
                playlistType,
                iFramesOnly,
                endList);
    }

    private static boolean isHeader(Line l) {
        return switch (l.kind()) {
            case BLANK, COMMENT -> true;
            case TAG -> Tags.playlistLevel(l.name());
            case URI -> false;
        };
    }

    private static String playlistType(Line l) {
        String v = l.value();
        if (!"EVENT".equals(v) && !"VOD".equals(v)) {
            throw new HlsException(l.number(), "#EXT-X-PLAYLIST-TYPE must be EVENT or VOD, not " + v);
        }
        return v;
    }
}
