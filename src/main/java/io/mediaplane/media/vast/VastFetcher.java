package io.mediaplane.media.vast;

import java.io.IOException;
import java.time.Duration;

/** Fetches a VAST document for the wrapper resolver; the caller supplies the I/O (HTTP, tests). */
@FunctionalInterface
public interface VastFetcher {
    /** The body at {@code uri}, fetched within {@code timeout}, or an IOException. */
    byte[] fetch(String uri, Duration timeout) throws IOException;
}
