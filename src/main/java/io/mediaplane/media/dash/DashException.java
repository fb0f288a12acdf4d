package io.mediaplane.media.dash;

/** An MPD value or element that cannot be read or written, with the reason. */
public final class DashException extends RuntimeException {
    public DashException(String message) {
        super(message);
    }

    public DashException(String message, Throwable cause) {
        super(message, cause);
    }
}
