package io.mediaplane.media.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** VMAP 1.0: break positions in every form, inline VAST and ad tag URIs. */
class VmapParserTest {

    private static Vmap vmap(String breaks) {
        return Vmap.parse(("<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">" + breaks
                        + "</vmap:VMAP>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void preMidAndPostRolls() {
        Vmap v = Vmap.parse(VastFixtures.bytes("vmap.xml"));
        assertEquals("1.0", v.version());
        List<AdBreak> b = v.adBreaks();
        assertEquals(5, b.size());

        assertEquals(new TimeOffset.Start(), b.get(0).timeOffset());
        assertEquals("preroll", b.get(0).breakId());
        AdSource pre = b.get(0).adSource().get();
        assertEquals("preroll-source", pre.id());
        assertFalse(pre.allowMultipleAds());
        assertTrue(pre.followRedirects());
        assertEquals(Optional.empty(), pre.adTagUri());
        assertEquals("pre", pre.vastAdData().get().ads().get(0).id());
        assertEquals(15_000, pre.vastAdData().get().ads().get(0).durationMillis());
        assertEquals(
                List.of(new Tracking("breakStart", "https://ads.example.com/break/pre/start", Optional.empty())),
                b.get(0).trackingEvents());

        assertEquals(
                new TimeOffset.At(Duration.ofMinutes(10).plusMillis(500)),
                b.get(1).timeOffset());
        assertEquals(List.of("linear", "nonlinear"), b.get(1).breakTypes());
        assertTrue(b.get(1).isLinear());
        AdSource mid = b.get(1).adSource().get();
        assertEquals(
                Optional.of("https://ads.example.com/vast?pos=mid&dur=[session.avail_duration_secs]"), mid.adTagUri());
        assertEquals("vast3", mid.templateType());
        assertTrue(mid.allowMultipleAds(), "VMAP's default");

        assertEquals(new TimeOffset.Percent(50), b.get(2).timeOffset());
        assertEquals(new TimeOffset.Position(2), b.get(3).timeOffset());
        assertEquals(Optional.empty(), b.get(3).adSource());
        assertEquals(new TimeOffset.End(), b.get(4).timeOffset());
    }

    @Test
    void malformedBreaksSayWhich() {
        assertEquals(
                "AdBreak 1 has no timeOffset",
                assertThrows(VastException.class, () -> vmap("<vmap:AdBreak breakType=\"linear\"/>"))
                        .getMessage());
        assertEquals(
                "AdBreak 1 has no breakType",
                assertThrows(VastException.class, () -> vmap("<vmap:AdBreak timeOffset=\"start\"/>"))
                        .getMessage());
        assertEquals(
                "AdBreak 1: timeOffset '#0' is not #<n> with n >= 1",
                assertThrows(VastException.class, () -> vmap("<vmap:AdBreak timeOffset=\"#0\" breakType=\"linear\"/>"))
                        .getMessage());
        assertEquals(
                "AdBreak 1: '150%' is not a percentage from 0% to 100%",
                assertThrows(
                                VastException.class,
                                () -> vmap("<vmap:AdBreak timeOffset=\"150%\" breakType=\"linear\"/>"))
                        .getMessage());
        assertThrows(VastException.class, () -> vmap("<vmap:AdBreak timeOffset=\"10:00\" breakType=\"linear\"/>"));
        assertEquals(
                "AdBreak 1: <AdSource> has neither <VASTAdData> nor <AdTagURI>",
                assertThrows(
                                VastException.class,
                                () -> vmap(
                                        "<vmap:AdBreak timeOffset=\"end\" breakType=\"linear\"><vmap:AdSource/></vmap:AdBreak>"))
                        .getMessage());
        assertEquals(
                "AdBreak 1: <VASTAdData> holds no <VAST>",
                assertThrows(
                                VastException.class,
                                () -> vmap("<vmap:AdBreak timeOffset=\"end\" breakType=\"linear\"><vmap:AdSource>"
                                        + "<vmap:VASTAdData/></vmap:AdSource></vmap:AdBreak>"))
                        .getMessage());
        assertThrows(VastException.class, () -> Vmap.parse(VastFixtures.bytes("inline-v2.xml")));
    }
}
