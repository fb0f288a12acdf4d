package io.mediaplane.protocol;

/**
 * Errors that every service can answer and that no service models: authentication, routing and
 * transport problems. Their codes are the ones AWS's front ends use.
 */
public final class CommonError {
    public static final ErrorCode UNRECOGNIZED_CLIENT = new ErrorCode("UnrecognizedClientException", 403);
    public static final ErrorCode INVALID_SIGNATURE = new ErrorCode("InvalidSignatureException", 403);
    public static final ErrorCode INCOMPLETE_SIGNATURE = new ErrorCode("IncompleteSignatureException", 400);
    public static final ErrorCode MISSING_AUTHENTICATION_TOKEN = new ErrorCode("MissingAuthenticationTokenException", 403);
    public static final ErrorCode ACCESS_DENIED = new ErrorCode("AccessDeniedException", 403);
    /** No service or no operation matches (awsJson1.1 answers an unknown target with 400). */
    public static final ErrorCode UNKNOWN_OPERATION = new ErrorCode("UnknownOperationException", 404);
    public static final ErrorCode UNKNOWN_TARGET = new ErrorCode("UnknownOperationException", 400);
    public static final ErrorCode METHOD_NOT_ALLOWED = new ErrorCode("MethodNotAllowedException", 405);
    public static final ErrorCode REQUEST_TOO_LARGE = new ErrorCode("RequestEntityTooLargeException", 413);

    private CommonError() {
    }
}
