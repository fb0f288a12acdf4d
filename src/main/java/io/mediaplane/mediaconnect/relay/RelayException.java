package io.mediaplane.mediaconnect.relay;

/** A flow cannot run as planned: a port is taken, or a transport is not available here. */
public final class RelayException extends Exception {
    public enum Reason {
        PORT_IN_USE,
        TRANSPORT_NOT_AVAILABLE,
        INVALID_PLAN
    }

    private final Reason reason;

    public RelayException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RelayException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
