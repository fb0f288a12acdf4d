package io.mediaplane.http;

import java.io.IOException;

/** A client stopped sending its request body for longer than the server's body idle timeout. */
public final class BodyTimeoutException extends IOException {
    BodyTimeoutException(long idleTimeoutMillis) {
        super("the client sent no request body bytes for " + idleTimeoutMillis + " ms; the request was abandoned");
    }
}
