package io.mediaplane.media.codec;

import java.io.IOException;

/** A codec configuration or bitstream that cannot be read, with a message a person understands. */
public final class CodecException extends IOException {
    public CodecException(String message) {
        super(message);
    }
}
