package io.mediaplane.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;

/**
 * One HTTP request and its response, as the rest of the server sees them. The path and query
 * stay raw (still percent-encoded) because routing and SigV4 both need them that way. Bodies
 * stream in both directions; nothing here buffers a whole body.
 */
public interface HttpExchange {
    String method();

    /** The path exactly as received, still percent-encoded. */
    String rawPath();

    /** The query string without '?', still encoded; empty when there is none. */
    String rawQuery();

    /** The first value of a header, or null. Names are case-insensitive. */
    String header(String name);

    /** Every value of a header in arrival order; empty when absent. */
    List<String> headers(String name);

    /** The names of all request headers as received. */
    List<String> headerNames();

    /** The declared body length: 0 when the request has no body, -1 when unknown (chunked). */
    long contentLength();

    /** The request body, de-chunked. Read it once. */
    InputStream body();

    /** The client's IP address. */
    String remoteAddress();

    /** Whether the connection is TLS. */
    boolean secure();

    /** Sets a response header (replacing an earlier value of the same name). */
    void setHeader(String name, String value);

    /** The status sent so far, or 0 before a response started. */
    int responseStatus();

    /** Sends a whole response: status, headers set so far and this body (may be empty). */
    void send(int status, byte[] body) throws IOException;

    /**
     * Sends a whole response whose body is part of an immutable file: {@code bytes} is that part
     * mapped into memory, {@code file} the open file with the part starting at {@code position}.
     * The kernel sends it from the file where the connection allows ({@code sendfile}), else it is
     * written from the mapping; no copy goes through the heap either way. Returns once the last
     * byte was written (or fails).
     */
    void sendFile(int status, ByteBuffer bytes, FileChannel file, long position) throws IOException;

    /**
     * Starts a streamed response with this status and the headers set so far; the caller writes
     * the body and closes the stream.
     */
    OutputStream stream(int status) throws IOException;

    /**
     * Gives up on a started streamed response: the connection is broken off, so the client sees a
     * failed transfer rather than a complete-looking, truncated body. Closing the stream afterwards
     * does nothing.
     */
    void abort(Throwable cause);
}
