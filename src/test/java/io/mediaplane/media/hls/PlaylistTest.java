package io.mediaplane.media.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tokenizer keeps every line as read; the writer gives the same bytes back. */
class PlaylistTest {

    @ParameterizedTest
    @ValueSource(strings = {"live-cue-out.m3u8", "daterange.m3u8", "multivariant.m3u8"})
    void fixturesComeBackByteForByte(String name) {
        String text = Fixtures.text(name);
        assertEquals(text, Playlist.parse(text).toString());
        assertEquals(text, Playlist.parse(text.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void terminatorsBomAndAMissingLastNewlineAreKept() {
        for (String text : List.of(
                "#EXTM3U\r\n#EXT-X-TARGETDURATION:6\r\n#EXTINF:6,\r\na.ts\r\n",
                "#EXTM3U\n#EXT-X-TARGETDURATION:6\r\n#EXTINF:6,\na.ts",
                "\uFEFF#EXTM3U\n\n  \n# comment\n#EXT-UNKNOWN\n#EXT-X-TARGETDURATION:6\n#EXTINF:6,\na.ts\n\n",
                "#EXTM3U\r\n")) {
            assertEquals(text, Playlist.parse(text).toString());
        }
    }

    @Test
    void linesAreClassified() {
        Playlist p = Playlist.parse("#EXTM3U\r\n# note\n#EXT-X-FOO:a:b\n\n  \n seg.ts \n#EXT-X-ENDLIST");
        List<Line> l = p.lines();
        assertEquals("\r\n", p.eol());
        assertEquals(Line.Kind.TAG, l.get(0).kind());
        assertEquals("EXTM3U", l.get(0).name());
        assertNull(l.get(0).value());
        assertEquals(Line.Kind.COMMENT, l.get(1).kind());
        assertEquals("EXT-X-FOO", l.get(2).name());
        assertEquals("a:b", l.get(2).value());
        assertEquals(Line.Kind.BLANK, l.get(3).kind());
        assertEquals(Line.Kind.BLANK, l.get(4).kind());
        assertEquals("seg.ts", l.get(5).uri());
        assertEquals(" seg.ts ", l.get(5).text());
        assertEquals(6, l.get(5).number());
        assertEquals("", l.get(6).eol());
        assertTrue(l.get(6).is(Tags.ENDLIST));
        assertFalse(p.isMultivariant());
    }

    @Test
    void knownTagNamesAreSharedInstances() {
        Line a = Playlist.parse("#EXTM3U\n#EXT-X-CUE-OUT:30\n").lines().get(1);
        assertTrue(a.name() == Tags.CUE_OUT);
    }

    @Test
    void theFirstLineMustBeExtm3u() {
        assertEquals(
                "line 1: the first line must be #EXTM3U",
                assertThrows(HlsException.class, () -> Playlist.parse("#EXT-X-VERSION:3\n#EXTM3U\n"))
                        .getMessage());
        assertEquals(
                1, assertThrows(HlsException.class, () -> Playlist.parse("")).line());
        assertThrows(HlsException.class, () -> Playlist.parse("<html>not a playlist</html>"));
    }

    @Test
    void newLinesUseThePlaylistTerminatorAndNeverGlueToALastLineWithoutOne() {
        Playlist p = Playlist.parse("#EXTM3U\r\n#EXT-X-TARGETDURATION:6\r\n#EXTINF:6,\r\na.ts");
        String out = p.writer()
                .lines(p.lines())
                .tag(Tags.DISCONTINUITY)
                .extinf(5.0, "ad")
                .uri("https://ads.example.com/ad1.ts")
                .tag(Tags.ENDLIST)
                .toString();
        assertEquals(
                "#EXTM3U\r\n#EXT-X-TARGETDURATION:6\r\n#EXTINF:6,\r\na.ts\r\n#EXT-X-DISCONTINUITY\r\n"
                        + "#EXTINF:5.0,ad\r\nhttps://ads.example.com/ad1.ts\r\n#EXT-X-ENDLIST\r\n",
                out);
        String made = p.writer()
                .line(Line.tag(Tags.CUE_OUT, "30"))
                .line(Line.uri("x.ts"))
                .toString();
        assertEquals("#EXT-X-CUE-OUT:30\r\nx.ts\r\n", made);
    }

    @Test
    void nothingCanInjectALine() {
        PlaylistWriter w = new PlaylistWriter("\n", 64);
        assertThrows(HlsException.class, () -> w.uri("https://ads.example.com/a.ts\n#EXT-X-ENDLIST"));
        assertThrows(HlsException.class, () -> w.tag(Tags.CUE_OUT, "30\r"));
        assertThrows(HlsException.class, () -> w.extinf(5, "t\nx"));
        assertThrows(HlsException.class, () -> w.uri("#EXTINF:1,"));
        assertThrows(HlsException.class, () -> Line.uri("a\nb"));
        assertThrows(HlsException.class, () -> Line.tag("NOT-EXT", "x"));
        assertThrows(HlsException.class, () -> Line.comment("EXT-X-ENDLIST"));
        assertEquals("", w.toString());
    }

    @Test
    void secondsAreWrittenWithUpToThreeDecimals() {
        assertEquals("6.0", Numbers.seconds(6));
        assertEquals("6.006", Numbers.seconds(6.006));
        assertEquals("2.5", Numbers.seconds(2.5));
        assertEquals("0.04", Numbers.seconds(0.04));
        assertEquals("10.01", Numbers.seconds(10.0099));
        assertThrows(HlsException.class, () -> Numbers.seconds(-1));
        assertThrows(HlsException.class, () -> Numbers.seconds(Double.NaN));
    }
}
