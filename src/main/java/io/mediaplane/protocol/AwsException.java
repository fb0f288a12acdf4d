package io.mediaplane.protocol;

/**
 * The one exception operations throw. It carries an error code from the service's catalogue
 * and a message for the client; the protocol codec turns it into the service's error response.
 */
public final class AwsException extends RuntimeException {
    private final ErrorCode error;

    public AwsException(ErrorCode error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public ErrorCode error() {
        return error;
    }

    public String code() {
        return error.code();
    }

    public int status() {
        return error.status();
    }
}
