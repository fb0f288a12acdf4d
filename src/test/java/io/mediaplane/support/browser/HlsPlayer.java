package io.mediaplane.support.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * hls.js on a page of its own origin ({@link StaticSite}): {@code src/test/resources/player/hls.html}
 * and {@code hls.min.js} from the hls.js webjar on the test classpath. The page plays a playlist
 * URL muted and exposes {@code window.playerState}, read here as a {@link PlayerState}.
 */
public final class HlsPlayer implements AutoCloseable {
    private static final String WEBJAR = "META-INF/resources/webjars/hls.js/";
    /** A bound, not a measurement: playing 3 s of video has taken far longer than 3 s on a busy machine. */
    private static final Duration OUTCOME_TIMEOUT = Duration.ofSeconds(180);

    /** One hls.js error event: its type, details (e.g. manifestLoadError), HTTP status (0: none) and URL. */
    public record HlsError(String type, String details, int status, String url) {}

    /** What the page has seen so far. */
    public record PlayerState(
            double currentTime,
            boolean manifestLoaded,
            int fragmentsLoaded,
            List<HlsError> fatal,
            List<HlsError> errors) {}

    private final StaticSite site;

    private HlsPlayer(StaticSite site) {
        this.site = site;
    }

    public static HlsPlayer start() throws IOException {
        var site = StaticSite.start()
                .add("/hls.html", "text/html; charset=utf-8", resource("player/hls.html"))
                .add("/hls.min.js", "text/javascript", resource(WEBJAR + version() + "/dist/hls.min.js"));
        return new HlsPlayer(site);
    }

    /** The hls.js version on the classpath (from the webjar's Maven metadata). */
    public static String version() {
        var properties = new Properties();
        try (InputStream in = resourceStream("META-INF/maven/org.webjars.npm/hls.js/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The origin the page is served from: the value a CORS rule must allow. */
    public String origin() {
        return site.origin();
    }

    /** Opens the player page on a playlist; playback starts as soon as the manifest is parsed. */
    public void open(BrowserPage page, String playlistUrl) {
        page.open(site.url("/hls.html?src=" + URLEncoder.encode(playlistUrl, StandardCharsets.UTF_8)));
    }

    /**
     * Waits until playback has passed {@code seconds} or hls.js reported a fatal error, whichever
     * comes first, and returns the state then (the test decides which outcome it expected).
     */
    public PlayerState awaitOutcome(BrowserPage page, double seconds) {
        page.waitUntil(
                "window.playerState.currentTime > " + seconds + " || window.playerState.fatal.length > 0",
                OUTCOME_TIMEOUT);
        return state(page);
    }

    public PlayerState state(BrowserPage page) {
        JsonNode json = page.evaluate("window.playerState");
        try {
            return DevTools.JSON.treeToValue(json, PlayerState.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        site.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = resourceStream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resourceStream(String name) throws IOException {
        InputStream in = HlsPlayer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not on the test classpath: " + name);
        }
        return in;
    }
}
