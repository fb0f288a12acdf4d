package io.mediaplane.media.mp4;

import java.io.IOException;

/** An MP4 file that cannot be read: truncated, not ISO-BMFF, or using what is not supported. */
public final class Mp4Exception extends IOException {
    public Mp4Exception(String message) {
        super(message);
    }

    public Mp4Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
