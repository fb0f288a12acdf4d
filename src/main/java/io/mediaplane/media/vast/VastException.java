package io.mediaplane.media.vast;

/** A VAST or VMAP document (or part of one) that cannot be used, with the reason. */
public final class VastException extends RuntimeException {
    public VastException(String message) {
        super(message);
    }

    public VastException(String message, Throwable cause) {
        super(message, cause);
    }
}
