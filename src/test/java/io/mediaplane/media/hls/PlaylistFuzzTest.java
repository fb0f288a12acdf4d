package io.mediaplane.media.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random line mutations of real playlists: parsing, grouping and every typed view either work or
 * throw {@link HlsException}; nothing else escapes, and what parses writes back unchanged.
 */
class PlaylistFuzzTest {
    private static final String NOISE = ",=\"x:@#/. -0123456789AZaz\t\\\u00e9";

    @Test
    void mutatedPlaylistsOnlyEverThrowHlsException() {
        Random random = new Random(8216);
        List<List<String>> corpus = new ArrayList<>();
        for (String name : List.of("live-cue-out.m3u8", "daterange.m3u8", "multivariant.m3u8")) {
            corpus.add(List.of(Fixtures.text(name).split("\n", -1)));
        }
        int parsed = 0;
        for (int round = 0; round < 3000; round++) {
            List<String> lines = new ArrayList<>(corpus.get(round % corpus.size()));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                mutate(lines, random);
            }
            String text = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
            try {
                Playlist p = Playlist.parse(text);
                assertEquals(text, p.toString());
                exercise(p);
                parsed++;
            } catch (HlsException expected) {
                // the only failure allowed
            }
        }
        assertTrue(parsed > 500, "many mutations still parse: " + parsed);
    }

    private static void mutate(List<String> lines, Random random) {
        int i = random.nextInt(lines.size());
        String line = lines.get(i);
        switch (random.nextInt(7)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, line);
            case 2 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
            case 3 -> {
                int at = random.nextInt(line.length() + 1);
                lines.set(i, line.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + line.substring(at));
            }
            case 4 -> {
                int j = random.nextInt(lines.size());
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
            case 5 -> lines.set(i, line.replace('"', ' '));
            default -> {
                if (!line.isEmpty()) {
                    int at = random.nextInt(line.length());
                    lines.set(i, line.substring(0, at) + line.substring(at + 1));
                }
            }
        }
    }

    /** Everything a service would call on a playlist. */
    private static void exercise(Playlist p) {
        for (Line l : p.lines()) {
            if (!l.isTag()) {
                continue;
            }
            if (l.value() != null && l.value().indexOf('=') >= 0) {
                tryView(() -> l.attributes());
            }
            switch (l.name()) {
                case Tags.VERSION, Tags.TARGETDURATION, Tags.MEDIA_SEQUENCE, Tags.DISCONTINUITY_SEQUENCE ->
                    tryView(() -> l.integerValue());
                case Tags.EXTINF -> tryView(() -> ExtInf.of(l));
                case Tags.BYTERANGE -> tryView(() -> ByteRange.of(l));
                case Tags.KEY -> tryView(() -> Key.of(l));
                case Tags.MAP -> tryView(() -> InitSection.of(l));
                case Tags.PROGRAM_DATE_TIME -> tryView(() -> ProgramDateTime.of(l));
                case Tags.DATERANGE -> tryView(() -> DateRange.of(l));
                case Tags.STREAM_INF, Tags.I_FRAME_STREAM_INF -> tryView(() -> StreamInf.of(l));
                case Tags.MEDIA -> tryView(() -> Rendition.of(l));
                case Tags.CUE_OUT -> tryView(() -> CueOut.of(l));
                case Tags.CUE_OUT_CONT -> tryView(() -> CueOutCont.of(l));
                case Tags.SCTE35 -> tryView(() -> Scte35Tag.of(l));
                default -> {}
            }
        }
        tryView(() -> p.mapUris(u -> "x/" + u).toString());
        tryView(() -> MediaPlaylist.of(p).duration());
        tryView(() -> MultivariantPlaylist.of(p).variants());
        tryView(() -> Uris.resolve(
                "https://a.example.com/b/c.m3u8",
                p.lines().get(p.lines().size() - 1).text()));
    }

    private static void tryView(Runnable view) {
        try {
            view.run();
        } catch (HlsException expected) {
            // malformed input
        }
    }
}
