package io.mediaplane.support.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium and the hls.js {@link HlsPlayer} page, shared by a test class as a JUnit
 * extension ({@code @RegisterExtension static final HlsBrowser browser = new HlsBrowser();}): the
 * class is skipped where Chromium is not installed, and both are closed after it.
 */
public final class HlsBrowser implements BeforeAllCallback, AfterAllCallback {
    private Chromium browser;
    private HlsPlayer player;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.assumeInstalled();
        browser = Chromium.launch();
        player = HlsPlayer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (player != null) {
            player.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    public BrowserPage newPage() {
        return browser.newPage();
    }

    public HlsPlayer player() {
        return player;
    }
}
