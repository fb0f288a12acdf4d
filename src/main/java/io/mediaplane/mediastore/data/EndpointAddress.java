package io.mediaplane.mediastore.data;

import io.mediaplane.http.HttpExchange;

/**
 * Which container data endpoint a request is addressed to, and the path inside it: either the
 * path prefix {@code /mediastore-data/<endpointId>} that DescribeContainer's Endpoint names, or a
 * per-container host name {@code <endpointId>.data.mediastore.<anything>} (as on AWS).
 *
 * @param endpointId the container's endpoint id
 * @param rest       the raw path after the prefix ("" when nothing follows it)
 */
record EndpointAddress(String endpointId, String rest) {
    static final String PATH_PREFIX = "/mediastore-data/";
    private static final String HOST_MARKER = ".data.mediastore.";

    /** The address of a data-plane request, or null when the request is not for a data endpoint. */
    static EndpointAddress of(HttpExchange exchange) {
        String host = exchange.header("Host");
        if (host != null) {
            int marker = host.indexOf(HOST_MARKER);
            if (marker > 0 && host.lastIndexOf('.', marker - 1) < 0) {
                return new EndpointAddress(host.substring(0, marker), exchange.rawPath());
            }
        }
        String path = exchange.rawPath();
        if (!path.startsWith(PATH_PREFIX)) {
            return null;
        }
        int end = path.indexOf('/', PATH_PREFIX.length());
        return end < 0
                ? new EndpointAddress(path.substring(PATH_PREFIX.length()), "")
                : new EndpointAddress(path.substring(PATH_PREFIX.length(), end), path.substring(end));
    }
}
