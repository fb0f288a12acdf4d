package io.mediaplane.media.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of RFC 3986 section 5.4, and the shapes playlists use. */
class UrisTest {

    @ParameterizedTest
    @CsvSource({
        // 5.4.1 normal examples
        "'g:h', 'g:h'",
        "'g', 'http://a/b/c/g'",
        "'./g', 'http://a/b/c/g'",
        "'g/', 'http://a/b/c/g/'",
        "'/g', 'http://a/g'",
        "'//g', 'http://g'",
        "'?y', 'http://a/b/c/d;p?y'",
        "'g?y', 'http://a/b/c/g?y'",
        "'#s', 'http://a/b/c/d;p?q#s'",
        "'g#s', 'http://a/b/c/g#s'",
        "'g?y#s', 'http://a/b/c/g?y#s'",
        "';x', 'http://a/b/c/;x'",
        "'g;x', 'http://a/b/c/g;x'",
        "'g;x?y#s', 'http://a/b/c/g;x?y#s'",
        "'', 'http://a/b/c/d;p?q'",
        "'.', 'http://a/b/c/'",
        "'./', 'http://a/b/c/'",
        "'..', 'http://a/b/'",
        "'../', 'http://a/b/'",
        "'../g', 'http://a/b/g'",
        "'../..', 'http://a/'",
        "'../../', 'http://a/'",
        "'../../g', 'http://a/g'",
        // 5.4.2 abnormal examples
        "'../../../g', 'http://a/g'",
        "'../../../../g', 'http://a/g'",
        "'/./g', 'http://a/g'",
        "'/../g', 'http://a/g'",
        "'g.', 'http://a/b/c/g.'",
        "'.g', 'http://a/b/c/.g'",
        "'g..', 'http://a/b/c/g..'",
        "'..g', 'http://a/b/c/..g'",
        "'./../g', 'http://a/b/g'",
        "'./g/.', 'http://a/b/c/g/'",
        "'g/./h', 'http://a/b/c/g/h'",
        "'g/../h', 'http://a/b/c/h'",
        "'g;x=1/./y', 'http://a/b/c/g;x=1/y'",
        "'g;x=1/../y', 'http://a/b/c/y'",
        "'g?y/./x', 'http://a/b/c/g?y/./x'",
        "'g?y/../x', 'http://a/b/c/g?y/../x'",
        "'g#s/./x', 'http://a/b/c/g#s/./x'",
        "'g#s/../x', 'http://a/b/c/g#s/../x'",
        "'http:g', 'http:g'"
    })
    void rfc3986Examples(String reference, String expected) {
        assertEquals(expected, Uris.general("http://a/b/c/d;p?q", reference));
        assertEquals(expected, Uris.against("http://a/b/c/d;p?q").resolve(reference));
    }

    @Test
    void theFastPathAgreesWithTheGeneralAlgorithm() {
        String[] bases = {
            "http://a/b/c/d;p?q", "http://host", "http://host?x#y", "https://h:8080/p/index.m3u8#f",
            "http://a/b/../c/d", "http://a/b/./c", "file:/x/y", "https://h/a/b/"
        };
        String[] refs = {
            "seg.ts",
            "seg.ts?a=b/../c",
            "dir/seg.ts",
            "dir/./seg.ts",
            "dir/../seg.ts",
            "a:b",
            "x/y:z",
            "seg#frag",
            "s.ts?t=a|b c",
            "..x",
            "x..",
            "x/.y"
        };
        for (String base : bases) {
            Uris resolver = Uris.against(base);
            for (String ref : refs) {
                assertEquals(Uris.general(base, ref), resolver.resolve(ref), base + " + " + ref);
            }
        }
        assertEquals("http://host/seg.ts", Uris.against("http://host?x#y").resolve("seg.ts"));
        assertEquals("http://a/c/seg.ts", Uris.against("http://a/b/../c/d").resolve("seg.ts"));
    }

    @Test
    void playlistShapes() {
        String base = "https://origin.example.com/live/channel1/index_720p.m3u8?token=abc";
        assertEquals("https://origin.example.com/live/channel1/seg1.ts", Uris.resolve(base, "seg1.ts"));
        assertEquals(
                "https://origin.example.com/live/other/seg.ts?t=a|b c", Uris.resolve(base, "../other/seg.ts?t=a|b c"));
        assertEquals("https://cdn.example.com/x.ts", Uris.resolve(base, "https://cdn.example.com/x.ts"));
        assertEquals("https://origin.example.com/root.ts", Uris.resolve(base, "/root.ts"));
        assertEquals("http://host/seg.ts", Uris.resolve("http://host", "seg.ts"));
        assertEquals("https://cdn2.example.com/a.ts", Uris.resolve(base, "//cdn2.example.com/a.ts"));
        assertEquals(
                "base URL 'index.m3u8' is not absolute",
                assertThrows(HlsException.class, () -> Uris.resolve("index.m3u8", "a.ts"))
                        .getMessage());
    }
}
