package io.mediaplane.protocol;

import java.io.IOException;
import java.io.OutputStream;

/** A response body written straight to the client instead of being serialized as JSON. */
@FunctionalInterface
public interface StreamingBody {
    void writeTo(OutputStream out) throws IOException;
}
