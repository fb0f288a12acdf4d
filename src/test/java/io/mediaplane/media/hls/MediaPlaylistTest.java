package io.mediaplane.media.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Segments grouped with their tags, numbered, and written back around replaced ones. */
class MediaPlaylistTest {
    private final MediaPlaylist live = MediaPlaylist.parse(Fixtures.text("live-cue-out.m3u8"));

    @Test
    void headerSegmentsAndTrailer() {
        assertEquals(3, live.version());
        assertEquals(6, live.targetDuration());
        assertEquals(1200, live.mediaSequence());
        assertEquals(7, live.discontinuitySequence());
        assertNull(live.playlistType());
        assertFalse(live.endList());
        assertEquals(6, live.header().size(), "EXTM3U, four tags and the comment");
        assertEquals(6, live.segments().size());
        assertEquals(List.of(), live.trailer());
        assertEquals(35.005, live.duration(), 1e-9);

        Segment first = live.segments().get(0);
        assertEquals("seg1200.ts", first.uri());
        assertEquals(1200, first.mediaSequence());
        assertEquals(7, first.discontinuitySequence());
        assertEquals(4, first.lines().size());
        assertTrue(first.has(Tags.PROGRAM_DATE_TIME));

        Segment cueOut = live.segments().get(2);
        assertTrue(cueOut.has(Tags.CUE_OUT));
        assertTrue(cueOut.has(Tags.OATCLS_SCTE35));
        assertEquals(first.key(), cueOut.key(), "the key of segment 0 is still in effect");

        Segment afterBreak = live.segments().get(4);
        assertTrue(afterBreak.has(Tags.CUE_IN));
        assertTrue(afterBreak.discontinuity());
        assertEquals(1204, afterBreak.mediaSequence());
        assertEquals(8, afterBreak.discontinuitySequence());
        assertEquals("https://keys.example.com/k2", Key.of(afterBreak.key()).uri());
        assertEquals(5.005, afterBreak.duration());
        assertEquals("news", afterBreak.title());
        assertEquals(8, live.segments().get(5).discontinuitySequence());
    }

    @Test
    void headerSegmentsAndTrailerWriteBackTheOriginal() {
        MediaPlaylist vod = MediaPlaylist.parse(Fixtures.text("daterange.m3u8"));
        assertEquals("VOD".equals(vod.playlistType()), false);
        assertTrue(vod.endList());
        assertEquals(1, vod.trailer().size());
        assertEquals("init.mp4", InitSection.of(vod.segments().get(3).map()).uri());
        for (MediaPlaylist p : List.of(live, vod)) {
            PlaylistWriter w = p.playlist().writer().lines(p.header());
            p.segments().forEach(s -> w.lines(s.lines()));
            assertEquals(p.toString(), w.lines(p.trailer()).toString());
        }
    }

    @Test
    void aBreakReplacedByAdsKeepsEveryOtherLine() {
        PlaylistWriter w = live.playlist().writer().lines(live.header());
        for (Segment s : live.segments()) {
            if (s.has(Tags.CUE_OUT)) {
                for (Line l : s.tags()) {
                    if (!l.is(Tags.CUE_OUT) && !l.is(Tags.EXTINF)) {
                        w.line(l);
                    }
                }
                w.tag(Tags.DISCONTINUITY).line(Key.noneLine());
                w.extinf(6, "").uri("https://ads.example.com/ad/0.ts");
                w.extinf(6, "").uri("https://ads.example.com/ad/1.ts");
                w.tag(Tags.DISCONTINUITY).line(s.key());
            } else if (s.has(Tags.CUE_OUT_CONT)) {
                continue;
            } else {
                for (Line l : s.lines()) {
                    if (!l.is(Tags.CUE_IN)) {
                        w.line(l);
                    }
                }
            }
        }
        String expected = """
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-TARGETDURATION:6
                #EXT-X-MEDIA-SEQUENCE:1200
                #EXT-X-DISCONTINUITY-SEQUENCE:7
                # written by a test origin
                #EXT-X-KEY:METHOD=AES-128,URI="https://keys.example.com/k1",IV=0x0123456789ABCDEF0123456789ABCDEF
                #EXT-X-PROGRAM-DATE-TIME:2026-11-21T10:00:00.000Z
                #EXTINF:6.000,
                seg1200.ts
                #EXT-X-CUSTOM-TAG:FOO=BAR
                #EXTINF:6.000,
                seg1201.ts
                #EXT-OATCLS-SCTE35:/DAvAAAAAAAA///wFAVIAACPf+/+c2nALv4AUsz1AAAAAAAKAAhDVUVJAAABNWLbowo=
                #EXT-X-DISCONTINUITY
                #EXT-X-KEY:METHOD=NONE
                #EXTINF:6.0,
                https://ads.example.com/ad/0.ts
                #EXTINF:6.0,
                https://ads.example.com/ad/1.ts
                #EXT-X-DISCONTINUITY
                #EXT-X-KEY:METHOD=AES-128,URI="https://keys.example.com/k1",IV=0x0123456789ABCDEF0123456789ABCDEF

                #EXT-X-DISCONTINUITY
                #EXT-X-KEY:METHOD=AES-128,URI="https://keys.example.com/k2"
                #EXTINF:5.005,news
                ../other/seg1204.ts?token=a|b
                #EXTINF:6.000,
                https://cdn.example.com/live/seg1205.ts
                """;
        assertEquals(expected, w.toString());
    }

    @Test
    void malformedMediaPlaylistsSayWhere() {
        String head = "#EXTM3U\n#EXT-X-TARGETDURATION:6\n";
        assertEquals(
                "line 3: #EXTINF without a segment URI after it",
                assertThrows(HlsException.class, () -> MediaPlaylist.parse(head + "#EXTINF:6,\n#EXT-X-ENDLIST\n"))
                        .getMessage());
        assertEquals(
                "line 4: a second #EXTINF before the URI of the one on line 3",
                assertThrows(HlsException.class, () -> MediaPlaylist.parse(head + "#EXTINF:6,\n#EXTINF:6,\na.ts\n"))
                        .getMessage());
        assertEquals(
                "line 3: segment URI without #EXTINF: a.ts",
                assertThrows(HlsException.class, () -> MediaPlaylist.parse(head + "a.ts\n"))
                        .getMessage());
        assertEquals(
                "a media playlist needs #EXT-X-TARGETDURATION",
                assertThrows(HlsException.class, () -> MediaPlaylist.parse("#EXTM3U\n#EXTINF:6,\na.ts\n"))
                        .getMessage());
        assertEquals(
                "line 3: #EXT-X-STREAM-INF belongs in a multivariant playlist, not a media playlist",
                assertThrows(
                                HlsException.class,
                                () -> MediaPlaylist.parse(head + "#EXT-X-STREAM-INF:BANDWIDTH=1\na.m3u8\n"))
                        .getMessage());
        assertEquals(
                "line 2: EXT-X-TARGETDURATION: 'six' is not a decimal-integer",
                assertThrows(HlsException.class, () -> MediaPlaylist.parse("#EXTM3U\n#EXT-X-TARGETDURATION:six\n"))
                        .getMessage());
        assertThrows(HlsException.class, () -> MediaPlaylist.parse(head + "#EXT-X-PLAYLIST-TYPE:LIVE\n"));
        assertThrows(
                HlsException.class, () -> MediaPlaylist.parse(head + "#EXT-X-KEY:METHOD=AES-128\n#EXTINF:6,\na.ts\n"));
    }

    @Test
    void anEmptyLivePlaylistHasNoSegments() {
        MediaPlaylist p = MediaPlaylist.parse("#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXT-X-PLAYLIST-TYPE:EVENT\n");
        assertEquals(List.of(), p.segments());
        assertEquals("EVENT", p.playlistType());
        assertEquals(0, p.duration());
    }
}
