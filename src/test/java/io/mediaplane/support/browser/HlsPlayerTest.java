package io.mediaplane.support.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.media.TestMedia;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The harness's self-test: hls.js in headless Chromium plays the FFmpeg HLS stream from another
 * origin that allows it with {@code Access-Control-Allow-Origin}, and fails with a network error
 * (CORS) from one that does not. Proves the browser tests can fail, and how.
 */
class HlsPlayerTest {
    @RegisterExtension
    static final HlsBrowser browser = new HlsBrowser();

    @Test
    void playsFromAnOriginThatAllowsThePage() throws IOException {
        try (var media = mediaSite(
                        Map.of("Access-Control-Allow-Origin", browser.player().origin()));
                var page = browser.newPage()) {
            browser.player().open(page, media.url("/hls/index.m3u8"));
            var state = browser.player().awaitOutcome(page, 3.0);
            assertEquals(List.of(), state.fatal(), page.diagnostics());
            assertTrue(state.currentTime() > 3.0, "played only to " + state.currentTime() + "\n" + page.diagnostics());
            assertTrue(state.fragmentsLoaded() >= 2, "fragments loaded: " + state.fragmentsLoaded());
        }
    }

    @Test
    void failsWithANetworkErrorWithoutCorsHeaders() throws IOException {
        try (var media = mediaSite(Map.of());
                var page = browser.newPage()) {
            String playlist = media.url("/hls/index.m3u8");
            browser.player().open(page, playlist);
            var state = browser.player().awaitOutcome(page, 3.0);
            assertEquals(
                    List.of(new HlsPlayer.HlsError("networkError", "manifestLoadError", 0, playlist)),
                    state.fatal(),
                    page.diagnostics());
            assertEquals(0.0, state.currentTime());
            assertTrue(
                    page.failedRequests().stream()
                            .anyMatch(r ->
                                    r.url().equals(playlist) && !r.corsError().isEmpty()),
                    "no CORS failure recorded for " + playlist + "\n" + page.diagnostics());
        }
    }

    private static StaticSite mediaSite(Map<String, String> headers) throws IOException {
        var hls = TestMedia.hls();
        var site = StaticSite.start(headers);
        for (String name : hls.files()) {
            site.addFile("/hls/" + name, TestMedia.contentType(name), hls.path(name));
        }
        return site;
    }
}
