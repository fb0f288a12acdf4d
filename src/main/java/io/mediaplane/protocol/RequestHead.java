package io.mediaplane.protocol;

/** The parts of a request an {@link Endpoint}'s hooks may look at, without seeing HTTP. */
public interface RequestHead {
    String method();

    /** The path exactly as received, still percent-encoded. */
    String rawPath();

    /** The query string without '?', still encoded; empty when there is none. */
    String rawQuery();

    /** The first value of a header, or null. Names are case-insensitive. */
    String header(String name);

    /** The client's IP address. */
    String sourceIp();

    /** Whether the connection is TLS. */
    boolean secure();
}
