package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.browser.BrowserPage;
import io.mediaplane.support.browser.HlsBrowser;
import io.mediaplane.support.browser.HlsPlayer.HlsError;
import io.mediaplane.support.media.TestMedia;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.model.CorsRule;
import software.amazon.awssdk.services.mediastore.model.MethodName;

/**
 * A real player: the FFmpeg HLS stream uploaded with the SDK's MediaStore Data client, played by
 * hls.js in headless Chromium from a page on another origin through the container's endpoint. It
 * plays with a CORS rule for the page's origin and a public-read container policy (the browser's
 * requests are unsigned), and fails without either.
 */
class HlsPlaybackIT {
    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    @RegisterExtension
    static final HlsBrowser browser = new HlsBrowser();

    @Test
    void playsWithACorsRuleForThePageAndAPublicReadPolicy() {
        String playlist = streamIn("plays", true, true);
        try (BrowserPage page = browser.newPage()) {
            browser.player().open(page, playlist);
            var state = browser.player().awaitOutcome(page, 3.0);
            assertEquals(List.of(), state.fatal(), page.diagnostics());
            assertTrue(state.currentTime() > 3.0, "played only to " + state.currentTime() + "\n" + page.diagnostics());
            assertEquals(List.of(), page.failedRequests(), page.diagnostics());
        }
    }

    @Test
    void failsWithoutACorsPolicy() {
        String playlist = streamIn("nocors", false, true);
        try (BrowserPage page = browser.newPage()) {
            browser.player().open(page, playlist);
            var state = browser.player().awaitOutcome(page, 3.0);
            assertEquals(
                    List.of(new HlsError("networkError", "manifestLoadError", 0, playlist)),
                    state.fatal(),
                    page.diagnostics());
            assertEquals(0.0, state.currentTime());
            assertTrue(
                    page.failedRequests().stream()
                            .anyMatch(r ->
                                    r.url().equals(playlist) && !r.corsError().isEmpty()),
                    "the browser blocked no response for want of CORS headers\n" + page.diagnostics());
        }
    }

    @Test
    void failsWithoutAPublicReadPolicy() {
        String playlist = streamIn("private", true, false);
        try (BrowserPage page = browser.newPage()) {
            browser.player().open(page, playlist);
            var state = browser.player().awaitOutcome(page, 3.0);
            // the 403 carries the CORS headers, so the page sees the denial itself
            assertEquals(
                    List.of(new HlsError("networkError", "manifestLoadError", 403, playlist)),
                    state.fatal(),
                    page.diagnostics());
            assertEquals(0.0, state.currentTime());
        }
    }

    /** A new container holding the stream under hls/, with the chosen policies; returns the playlist's URL. */
    private static String streamIn(String label, boolean cors, boolean publicRead) {
        String endpoint = Containers.activeEndpoint(server, label);
        String name = Containers.nameOf(server, endpoint);
        var hls = TestMedia.hls();
        try (var data = Clients.mediaStoreData(endpoint)) {
            for (String file : hls.files()) {
                data.putObject(
                        r -> r.path("hls/" + file).contentType(TestMedia.contentType(file)),
                        RequestBody.fromFile(hls.path(file)));
            }
        }
        if (cors) {
            server.mediaStore()
                    .putCorsPolicy(r -> r.containerName(name)
                            .corsPolicy(CorsRule.builder()
                                    .allowedOrigins(browser.player().origin())
                                    .allowedMethods(MethodName.GET, MethodName.HEAD)
                                    .allowedHeaders("*")
                                    .maxAgeSeconds(3000)
                                    .build()));
        }
        if (publicRead) {
            server.mediaStore().putContainerPolicy(r -> r.containerName(name).policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",
                     "Action":["mediastore:GetObject","mediastore:DescribeObject"],
                     "Resource":"arn:aws:mediastore:us-east-1:000000000000:container/%s/*"}]}""".formatted(name)));
        }
        return endpoint + "/hls/" + hls.playlist();
    }
}
