package io.mediaplane.media.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Variants, renditions and I-frame streams, and URI rewriting that leaves every other line alone. */
class MultivariantPlaylistTest {
    private final String text = Fixtures.text("multivariant.m3u8");

    @Test
    void typedViews() {
        MultivariantPlaylist m = MultivariantPlaylist.parse(text);
        assertTrue(m.playlist().isMultivariant());
        assertEquals(2, m.variants().size());
        assertEquals("video/720p.m3u8", m.variants().get(0).uri());
        assertEquals(2200000, m.variants().get(0).streamInf().bandwidth());
        assertEquals(
                "https://cdn.example.com/video/360p.m3u8?sig=abc",
                m.variants().get(1).uri());
        assertEquals("NONE", m.variants().get(1).streamInf().closedCaptions());
        assertEquals(2, m.renditions().size());
        assertEquals("CLOSED-CAPTIONS", m.renditions().get(1).type());
        assertEquals("video/720p-iframes.m3u8", m.iFrameStreams().get(0).uri());
    }

    @Test
    void everyUriIsRewrittenAndNothingElse() {
        Playlist p = Playlist.parse(text);
        Playlist mapped = p.mapUris(uri -> uri.startsWith("https:") ? uri : "/v1/manifest/s1/" + uri);
        String expected = text.replace("URI=\"audio/en.m3u8\"", "URI=\"/v1/manifest/s1/audio/en.m3u8\"")
                .replace("\nvideo/720p.m3u8\n", "\n/v1/manifest/s1/video/720p.m3u8\n")
                .replace("URI=\"video/720p-iframes.m3u8\"", "URI=\"/v1/manifest/s1/video/720p-iframes.m3u8\"");
        assertEquals(expected, mapped.toString());
        assertSame(p.lines().get(4), mapped.lines().get(4), "unchanged lines are the same objects");
        assertEquals(text, p.mapUris(u -> u).toString());
    }

    @Test
    void malformedMultivariantPlaylists() {
        assertEquals(
                "line 2: #EXT-X-STREAM-INF is not followed by a URI",
                assertThrows(
                                HlsException.class,
                                () -> MultivariantPlaylist.parse(
                                        "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n#EXT-X-STREAM-INF:BANDWIDTH=2\na.m3u8\n"))
                        .getMessage());
        assertThrows(HlsException.class, () -> MultivariantPlaylist.parse("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n"));
        assertThrows(HlsException.class, () -> MultivariantPlaylist.parse("#EXTM3U\na.m3u8\n"));
        assertThrows(HlsException.class, () -> MultivariantPlaylist.parse("#EXTM3U\n#EXT-X-VERSION:3\n"));
        assertThrows(
                HlsException.class,
                () -> MultivariantPlaylist.parse("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\na.m3u8\n#EXTINF:6,\n"));
    }
}
