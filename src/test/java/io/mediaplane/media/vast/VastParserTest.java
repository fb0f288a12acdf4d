package io.mediaplane.media.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** VAST 2, 3 and 4 documents into the model; bad documents and bad ads are refused with a reason. */
class VastParserTest {

    private static Vast vast(String xml) {
        return Vast.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void inlineVast2() {
        Vast v = Vast.parse(VastFixtures.bytes("inline-v2.xml"));
        assertEquals("2.0", v.version());
        assertEquals(1, v.ads().size());
        Ad ad = v.ads().get(0);
        assertEquals("ad-v2", ad.id());
        assertEquals(0, ad.sequence());
        assertFalse(ad.isWrapper());
        assertEquals("Test ADS", ad.adSystem());
        assertEquals("Thirty second spot", ad.adTitle());
        assertEquals(
                List.of(
                        "https://ads.example.com/impression?ad=v2&cb=[CACHEBUSTING]",
                        "https://measure.example.com/imp"),
                ad.impressions(),
                "the blank impression is dropped");
        assertEquals(List.of("https://ads.example.com/error?code=[ERRORCODE]"), ad.errors());
        assertEquals(1, ad.creatives().size(), "the companion creative is not kept");
        Creative c = ad.creatives().get(0);
        assertEquals("creative-30", c.id());
        assertEquals("AD-ID-30", c.adId());
        assertEquals(1, c.sequence());
        Linear l = c.linear();
        assertEquals(Optional.of(Duration.ofSeconds(30)), l.duration());
        assertEquals(30_000, ad.durationMillis());
        assertEquals(List.of("https://ads.example.com/t/start"), l.tracking(Tracking.START));
        assertEquals(List.of("https://ads.example.com/t/q1"), l.tracking(Tracking.FIRST_QUARTILE));
        assertEquals(List.of("https://ads.example.com/t/mid"), l.tracking(Tracking.MIDPOINT));
        assertEquals(List.of("https://ads.example.com/t/q3"), l.tracking(Tracking.THIRD_QUARTILE));
        assertEquals(List.of("https://ads.example.com/t/complete"), l.tracking(Tracking.COMPLETE));
        assertEquals(List.of("https://ads.example.com/t/pause"), l.tracking("pause"), "other events are kept");
        assertEquals("https://advertiser.example.com/", l.clickThrough());
        assertEquals(List.of("https://ads.example.com/click"), l.clickTracking());
        assertEquals(
                new MediaFile(
                        "https://cdn.example.com/ads/30s-720p.mp4",
                        "progressive",
                        "video/mp4",
                        1280,
                        720,
                        2500,
                        0,
                        0,
                        "avc1.64001f",
                        null,
                        null),
                l.mediaFiles().get(0));
        MediaFile hls = l.mediaFiles().get(1);
        assertTrue(hls.isStreaming());
        assertEquals(800, hls.minBitrate());
        assertEquals(6000, hls.maxBitrate());
        assertEquals(Optional.empty(), l.skipOffset());
    }

    @Test
    void vast4WithItsNamespace() {
        Vast v = Vast.parse(VastFixtures.bytes("inline-v4.xml"));
        assertEquals("4.2", v.version());
        Ad ad = v.ads().get(0);
        assertEquals(1, ad.sequence());
        assertEquals("v4-ad", ad.creatives().get(0).adId());
        Linear l = ad.creatives().get(0).linear();
        assertEquals(Optional.of(Duration.ofMillis(6006)), l.duration());
        assertEquals(2, l.mediaFiles().size(), "the Mezzanine is not a media file");
        assertEquals("hi", l.mediaFiles().get(0).id());
        assertTrue(l.mediaFiles().get(1).isStreaming());
        assertEquals(List.of("https://ads.example.com/v4/complete"), l.tracking(Tracking.COMPLETE));
    }

    @Test
    void podOrderSkipOffsetsProgressAndARejectedAd() {
        Vast v = Vast.parse(VastFixtures.bytes("pod-v3.xml"));
        assertEquals(
                List.of("standalone", "second", "first"),
                v.ads().stream().map(Ad::id).toList());
        assertEquals(
                List.of("first", "second", "standalone"),
                v.podOrder().stream().map(Ad::id).toList());
        assertEquals(
                List.of("ad 4 (id broken): 'half a minute' is not a time of the form HH:MM:SS or HH:MM:SS.mmm"),
                v.rejected());
        Linear second = v.ads().get(1).creatives().get(0).linear();
        assertEquals(Optional.of(new TimeOffset.At(Duration.ofSeconds(5))), second.skipOffset());
        assertEquals(Optional.of(Duration.ofMillis(15_500)), second.duration());
        assertEquals(
                List.of(
                        new Tracking(
                                "progress",
                                "https://ads.example.com/t/progress10",
                                Optional.of(new TimeOffset.At(Duration.ofSeconds(10)))),
                        new Tracking(
                                "progress",
                                "https://ads.example.com/t/progress25",
                                Optional.of(new TimeOffset.Percent(25))),
                        new Tracking("skip", "https://ads.example.com/t/skip", Optional.empty())),
                second.trackingEvents());
        assertEquals(
                Optional.of(new TimeOffset.Percent(50)),
                v.ads().get(2).creatives().get(0).linear().skipOffset());
    }

    @Test
    void wrapperAd() {
        Ad w = Vast.parse(VastFixtures.bytes("wrapper.xml")).ads().get(0);
        assertTrue(w.isWrapper());
        assertEquals(
                new Wrapper("https://ads.example.com/vast/inline-v2.xml", true, Optional.empty()),
                w.wrapper().get());
        assertEquals(Optional.empty(), w.creatives().get(0).linear().duration());
        assertEquals(
                List.of("https://exchange.example.com/start"),
                w.creatives().get(0).linear().tracking("start"));
        assertEquals(
                new Wrapper("u", false, Optional.of(false)),
                vast("<VAST version=\"3.0\"><Ad><Wrapper followAdditionalWrappers=\"false\" allowMultipleAds=\"false\">"
                                + "<VASTAdTagURI>u</VASTAdTagURI></Wrapper></Ad></VAST>")
                        .ads()
                        .get(0)
                        .wrapper()
                        .get());
    }

    @Test
    void anEmptyResponseKeepsItsErrorUrl() {
        Vast v = Vast.parse(VastFixtures.bytes("empty.xml"));
        assertTrue(v.isEmpty());
        assertEquals(List.of("https://ads.example.com/noad?code=[ERRORCODE]"), v.errors());
        assertTrue(vast("<VAST version=\"4.0\"/>").isEmpty());
    }

    @Test
    void badAdsAreRejectedOneByOne() {
        Vast v = vast("<VAST version=\"3.0\">"
                + "<Ad id=\"a\"><Wrapper><AdSystem>x</AdSystem></Wrapper></Ad>"
                + "<Ad id=\"b\"></Ad>"
                + "<Ad id=\"c\" sequence=\"first\"><InLine/></Ad>"
                + "<Ad id=\"d\"><InLine><Creatives><Creative><Linear/></Creative></Creatives></InLine></Ad>"
                + "<Ad id=\"e\"><InLine><Creatives><Creative><Linear><Duration>00:00:75</Duration></Linear></Creative></Creatives></InLine></Ad>"
                + "<Ad id=\"f\"><InLine><Creatives><Creative><Linear><Duration>00:00:05</Duration>"
                + "<MediaFiles><MediaFile width=\"wide\">u</MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad>"
                + "<Ad id=\"ok\"><InLine/></Ad>"
                + "</VAST>");
        assertEquals(List.of("ok"), v.ads().stream().map(Ad::id).toList());
        assertEquals(
                List.of(
                        "ad 1 (id a): its <Wrapper> has no <VASTAdTagURI>",
                        "ad 2 (id b): it has neither <InLine> nor <Wrapper>",
                        "ad 3 (id c): Ad sequence 'first' is not a whole number",
                        "ad 4 (id d): an InLine <Linear> has no <Duration>",
                        "ad 5 (id e): '00:00:75' is not a time of the form HH:MM:SS or HH:MM:SS.mmm",
                        "ad 6 (id f): MediaFile width 'wide' is not a whole number"),
                v.rejected());
    }

    @Test
    void documentsThatAreNotVastAreRefused() {
        VastException garbage = assertThrows(VastException.class, () -> Vast.parse(VastFixtures.bytes("garbage.xml")));
        assertTrue(garbage.getMessage().startsWith("the ad response is not acceptable XML"), garbage.getMessage());
        assertEquals(
                "the root element is <VMAP>, not <VAST>",
                assertThrows(VastException.class, () -> vast("<VMAP/>")).getMessage());
        assertEquals(
                "the ad response is empty",
                assertThrows(VastException.class, () -> Vast.parse(new byte[0])).getMessage());
        assertThrows(VastException.class, () -> vast("{\"ads\":[]}"));
        assertThrows(VastException.class, () -> vast("<VAST><Ad>"));
    }

    @Test
    void doctypesAreRefusedSoNoEntityIsEverExpanded() {
        for (String name : List.of("xxe.xml", "billion-laughs.xml")) {
            long start = System.nanoTime();
            VastException e = assertThrows(VastException.class, () -> Vast.parse(VastFixtures.bytes(name)));
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd leaks");
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once, not expanded");
        }
    }

    @Test
    void adDocumentTellsVastFromVmap() {
        assertInstanceOf(Vast.class, AdDocument.parse(VastFixtures.bytes("inline-v2.xml")));
        assertInstanceOf(Vmap.class, AdDocument.parse(VastFixtures.bytes("vmap.xml")));
        assertEquals(
                "the root element is <html>, not <VAST> or <VMAP>",
                assertThrows(VastException.class, () -> AdDocument.parse("<html/>".getBytes(StandardCharsets.UTF_8)))
                        .getMessage());
    }
}
