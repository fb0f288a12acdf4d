package io.mediaplane.auth;

import java.util.List;

/**
 * What the verifier needs to see of a request; the HTTP layer adapts its request to this.
 * Everything must be exactly as received: no decoding, no path normalisation, no header merging.
 */
public interface SignedRequest {

    /** The HTTP method, upper case as on the request line (e.g. {@code GET}). */
    String method();

    /** The raw path exactly as received, still percent-encoded (e.g. /tags/arn%3Aaws%3A...%2Fname). */
    String rawPath();

    /** The raw query string without '?', still encoded, or null/empty when none. */
    String rawQuery();

    /**
     * All values of a header (name case-insensitive), in arrival order; empty list when absent.
     * Clients always sign {@code host}: over HTTP/2 answer it with the {@code :authority} value.
     */
    List<String> headerValues(String name);

    /** The names of all headers as received (the verifier checks that those shaping the operation are signed). */
    List<String> headerNames();
}
