package io.mediaplane.protocol;

/**
 * Errors that every service can answer and that no service models: routing and transport
 * problems. Their codes are the ones AWS's front ends use. (Authentication failures carry their
 * own code and status from {@code auth.AuthFailure}.)
 */
public final class CommonError {
    /** No service or no operation matches (awsJson1.1 answers an unknown target with 400). */
    public static final ErrorCode UNKNOWN_OPERATION = new ErrorCode("UnknownOperationException", 404);

    public static final ErrorCode UNKNOWN_TARGET = new ErrorCode("UnknownOperationException", 400);
    public static final ErrorCode METHOD_NOT_ALLOWED = new ErrorCode("MethodNotAllowedException", 405);
    public static final ErrorCode REQUEST_TOO_LARGE = new ErrorCode("RequestEntityTooLargeException", 413);

    private CommonError() {}
}
