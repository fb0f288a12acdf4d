package io.mediaplane.media.vast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wrapper chains followed through a fetcher, merged into the InLine ad, within a budget. */
class WrapperResolverTest {
    private final MutableClock clock = new MutableClock();
    private final Map<String, byte[]> documents = new HashMap<>();
    private final List<String> fetched = new ArrayList<>();
    private final List<Duration> timeouts = new ArrayList<>();

    private final VastFetcher fetcher = (uri, timeout) -> {
        fetched.add(uri);
        timeouts.add(timeout);
        byte[] body = documents.get(uri);
        if (body == null) {
            throw new IOException("HTTP 500 from " + uri);
        }
        return body;
    };

    private Resolution resolve(Vast vast) {
        return new WrapperResolver(fetcher, clock, WrapperResolver.MEDIATAILOR_MAX_WRAPPERS)
                .resolve(vast, clock.instant().plusSeconds(3));
    }

    private static String wrapper(String id, String next, String attributes) {
        return "<VAST version=\"3.0\"><Ad id=\"" + id + "\"><Wrapper" + attributes + "><AdSystem>x</AdSystem>"
                + "<VASTAdTagURI>" + next + "</VASTAdTagURI>"
                + "<Impression>https://w.example.com/imp/" + id + "</Impression>"
                + "<Error>https://w.example.com/err/" + id + "?c=[ERRORCODE]</Error>"
                + "<Creatives><Creative><Linear><TrackingEvents>"
                + "<Tracking event=\"complete\">https://w.example.com/complete/" + id + "</Tracking>"
                + "</TrackingEvents></Linear></Creative></Creatives></Wrapper></Ad></VAST>";
    }

    private void serve(String uri, String xml) {
        documents.put(uri, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A chain of {@code n} wrappers, w1 .. wn, ending at the VAST 2 inline fixture. */
    private Vast chain(int n) {
        for (int i = 2; i <= n; i++) {
            serve(
                    "https://w.example.com/w" + i,
                    wrapper(
                            "w" + i,
                            i == n ? "https://ads.example.com/inline" : "https://w.example.com/w" + (i + 1),
                            ""));
        }
        documents.put("https://ads.example.com/inline", VastFixtures.bytes("inline-v2.xml"));
        String first = n == 1 ? "https://ads.example.com/inline" : "https://w.example.com/w2";
        return Vast.parse(wrapper("w1", first, "").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWrapperIsMergedIntoItsInlineAd() {
        documents.put("https://ads.example.com/vast/inline-v2.xml", VastFixtures.bytes("inline-v2.xml"));
        Resolution r = resolve(Vast.parse(VastFixtures.bytes("wrapper.xml")));
        assertEquals(List.of(), r.failures());
        Ad ad = r.ads().get(0);
        assertEquals("ad-v2", ad.id());
        assertEquals(1, ad.sequence(), "the wrapper's pod position");
        assertEquals(
                List.of(
                        "https://exchange.example.com/imp",
                        "https://ads.example.com/impression?ad=v2&cb=[CACHEBUSTING]",
                        "https://measure.example.com/imp"),
                ad.impressions());
        Linear l = ad.creatives().get(0).linear();
        assertEquals(
                List.of("https://ads.example.com/t/start", "https://exchange.example.com/start"), l.tracking("start"));
        assertEquals(
                List.of("https://ads.example.com/t/complete", "https://exchange.example.com/complete"),
                l.tracking("complete"));
        assertEquals(List.of("https://ads.example.com/click", "https://exchange.example.com/click"), l.clickTracking());
        assertEquals(2, ad.errors().size());
        assertEquals(2, l.mediaFiles().size());
    }

    @Test
    void fiveWrappersAreFollowedAndASixthIsNot() {
        Resolution five = resolve(chain(5));
        assertEquals(1, five.ads().size());
        assertEquals(5, fetched.size(), "w2..w5 and the inline document");
        assertEquals(7, five.ads().get(0).impressions().size(), "five wrappers' and the inline ad's two");
        assertEquals(
                List.of(
                        "https://ads.example.com/t/complete",
                        "https://w.example.com/complete/w1",
                        "https://w.example.com/complete/w2",
                        "https://w.example.com/complete/w3",
                        "https://w.example.com/complete/w4",
                        "https://w.example.com/complete/w5"),
                five.ads().get(0).creatives().get(0).linear().tracking("complete"));
        fetched.clear();

        Resolution six = resolve(chain(6));
        assertEquals(List.of(), six.ads());
        Resolution.Failure f = six.failures().get(0);
        assertEquals(302, f.errorCode());
        assertEquals("more than 5 wrappers", f.message());
        assertEquals(6, f.errorUrls().size(), "every wrapper's Error URL, to fire with the code");
        assertEquals(5, fetched.size(), "the sixth wrapper's tag is never fetched");
    }

    @Test
    void theBudgetIsCheckedOnTheInjectedClock() {
        Vast vast = chain(3);
        VastFetcher slow = (uri, timeout) -> {
            timeouts.add(timeout);
            clock.advance(Duration.ofMillis(1600));
            return documents.get(uri);
        };
        Instant deadline = clock.instant().plusSeconds(3);
        Resolution r = new WrapperResolver(slow, clock, 5).resolve(vast, deadline);
        assertEquals(List.of(), r.ads());
        assertEquals(301, r.failures().get(0).errorCode());
        assertTrue(
                r.failures().get(0).message().contains("took longer than the time left"),
                r.failures().get(0).message());
        assertTrue(timeouts.get(0).compareTo(Duration.ofSeconds(3)) <= 0);
        assertTrue(timeouts.get(1).compareTo(Duration.ofMillis(1400)) <= 0, "the second fetch gets only what is left");

        Resolution late = new WrapperResolver(fetcher, clock, 5)
                .resolve(chain(2), clock.instant().minusMillis(1));
        assertEquals(301, late.failures().get(0).errorCode());
        assertTrue(late.failures().get(0).message().startsWith("no time left"));
    }

    @Test
    void failingFetchesGarbageAndEmptyAnswers() {
        Vast vast =
                Vast.parse(wrapper("w1", "https://w.example.com/missing", "").getBytes(StandardCharsets.UTF_8));
        Resolution.Failure missing = resolve(vast).failures().get(0);
        assertEquals(301, missing.errorCode());
        assertEquals("https://w.example.com/missing: HTTP 500 from https://w.example.com/missing", missing.message());
        assertEquals(List.of("https://w.example.com/err/w1?c=[ERRORCODE]"), missing.errorUrls());

        documents.put("https://w.example.com/missing", VastFixtures.bytes("garbage.xml"));
        assertEquals(100, resolve(vast).failures().get(0).errorCode());

        documents.put("https://w.example.com/missing", VastFixtures.bytes("empty.xml"));
        assertEquals(303, resolve(vast).failures().get(0).errorCode());

        VastFetcher broken = (uri, timeout) -> {
            throw new IllegalStateException("bug in the fetcher");
        };
        assertEquals(
                301,
                new WrapperResolver(broken, clock, 5)
                        .resolve(vast, clock.instant().plusSeconds(3))
                        .failures()
                        .get(0)
                        .errorCode());
    }

    @Test
    void wrapperAttributesLimitWhatIsFollowed() {
        serve("https://w.example.com/pod", new String(VastFixtures.bytes("pod-v3.xml"), StandardCharsets.UTF_8));
        Vast all = Vast.parse(wrapper("w1", "https://w.example.com/pod", "").getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of("first", "second", "standalone"),
                resolve(all).ads().stream().map(Ad::id).toList());
        Vast one = Vast.parse(wrapper("w1", "https://w.example.com/pod", " allowMultipleAds=\"false\"")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("first"), resolve(one).ads().stream().map(Ad::id).toList());

        serve("https://w.example.com/w2", wrapper("w2", "https://w.example.com/pod", ""));
        Vast noMore = Vast.parse(wrapper("w1", "https://w.example.com/w2", " followAdditionalWrappers=\"false\"")
                .getBytes(StandardCharsets.UTF_8));
        Resolution r = resolve(noMore);
        assertEquals(List.of(), r.ads());
        assertEquals(300, r.failures().get(0).errorCode());
    }

    @Test
    void inlineAdsPassThroughUntouched() {
        Vast vast = Vast.parse(VastFixtures.bytes("inline-v2.xml"));
        Resolution r = resolve(vast);
        assertEquals(vast.ads(), r.ads());
        assertEquals(List.of(), fetched);
    }
}
