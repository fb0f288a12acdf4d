package io.mediaplane.media.ts;

import java.io.IOException;

/** An MPEG-TS stream that cannot be read or written, with a message a person understands. */
public final class TsException extends IOException {
    public TsException(String message) {
        super(message);
    }

    public TsException(String message, Throwable cause) {
        super(message, cause);
    }
}
