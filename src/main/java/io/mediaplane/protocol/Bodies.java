package io.mediaplane.protocol;

import java.io.IOException;
import java.io.InputStream;

/**
 * Request bodies the pipeline reads itself: whole, up to a limit (API inputs, bodies staged in
 * memory), and what is left of a refused one, dropped so the client reads the error.
 */
final class Bodies {
    /** How much of a refused body is read and dropped before the connection is given up instead. */
    private static final long DRAIN_LIMIT = 64L << 20;

    private final int maxBytes;

    Bodies(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The whole body, or RequestEntityTooLargeException (413) when it is over the limit. */
    byte[] read(MeteredExchange exchange) throws IOException {
        InputStream in = exchange.body();
        if (exchange.contentLength() > maxBytes) {
            throw tooLarge();
        }
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        return body;
    }

    private AwsException tooLarge() {
        return new AwsException(
                CommonError.REQUEST_TOO_LARGE,
                "The request body is larger than the " + maxBytes + " bytes this operation accepts");
    }

    /**
     * Reads and drops the rest of a refused request's body (up to a bound) before the error is sent,
     * so a client still sending is not cut off and reliably reads the error; beyond the bound, or
     * when the body fails, the connection is closed after the response.
     */
    static void drain(MeteredExchange exchange) {
        if (exchange.contentLength() == 0) {
            return;
        }
        try {
            InputStream in = exchange.body();
            byte[] sink = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
                left -= n;
            }
            if (left <= 0) {
                exchange.setHeader("Connection", "close");
            }
        } catch (IOException e) {
            exchange.setHeader("Connection", "close");
        }
    }
}
