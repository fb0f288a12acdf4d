package io.mediaplane.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;

/**
 * A request body as a blocking stream that gives up on a client that stops sending: a read that
 * waits longer than the idle timeout for the next bytes fails the request's content (Jetty then
 * closes the connection) and throws {@link BodyTimeoutException}. Jetty's own stream waits
 * forever here: its connection idle timeout does not end a read the handler is blocked in.
 */
final class RequestBodyStream extends InputStream {
    private static final byte[] NONE = new byte[0];

    private final Content.Source source;
    private final long declaredLength;
    private final long idleTimeoutMillis;
    private Content.Chunk chunk;
    private boolean finished;

    /** @param declaredLength the body's length as the request declares it: 0 for none, -1 when unknown (chunked) */
    RequestBodyStream(Content.Source source, long declaredLength, long idleTimeoutMillis) {
        this.source = source;
        this.declaredLength = declaredLength;
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    /**
     * Reads up to {@code length} bytes into an array of the declared size when there is one (no
     * growing through scratch buffers); a request without a body costs nothing at all.
     */
    @Override
    public byte[] readNBytes(int length) throws IOException {
        if (declaredLength == 0 || length == 0) {
            return NONE;
        }
        if (declaredLength < 0 || declaredLength > length) {
            return super.readNBytes(length);
        }
        byte[] body = new byte[(int) declaredLength];
        int n = readNBytes(body, 0, body.length);
        return n == body.length ? body : Arrays.copyOf(body, n);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!finished) {
            if (chunk == null) {
                chunk = next();
            }
            if (Content.Chunk.isFailure(chunk)) {
                if (chunk.getFailure() instanceof TimeoutException) { // the connection's idle timeout came first
                    throw new BodyTimeoutException(idleTimeoutMillis);
                }
                // in our own words: the failure's text names Jetty's classes, and reaches the client
                throw new IOException("the connection ended before the request body was complete", chunk.getFailure());
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            if (bytes.hasRemaining()) {
                int n = Math.min(length, bytes.remaining());
                bytes.get(into, offset, n);
                return n;
            }
            finished = chunk.isLast();
            chunk.release();
            chunk = null;
        }
        return -1;
    }

    /** The next chunk, waiting at most the idle timeout for it to arrive. */
    private Content.Chunk next() throws IOException {
        while (true) {
            Content.Chunk next = source.read();
            if (next != null) {
                return next;
            }
            CountDownLatch arrived = new CountDownLatch(1);
            source.demand(arrived::countDown);
            try {
                if (!arrived.await(idleTimeoutMillis, TimeUnit.MILLISECONDS)) {
                    BodyTimeoutException timeout = new BodyTimeoutException(idleTimeoutMillis);
                    source.fail(timeout);
                    throw timeout;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the request body", e);
            }
        }
    }

    @Override
    public void close() {
        if (chunk != null) {
            chunk.release();
            chunk = null;
        }
    }
}
