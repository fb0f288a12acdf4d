package io.mediaplane.protocol;

/**
 * Errors that every service can answer and that no service models: routing and transport
 * problems. Their codes are the ones AWS's front ends use. (Authentication failures carry their
 * own code and status from {@code auth.AuthFailure}.)
 */
public final class CommonError {
    /** No service or no operation matches a method and path (restJson1, or no protocol can be told). */
    public static final ErrorCode UNKNOWN_OPERATION = new ErrorCode("UnknownOperationException", 404);

    /** awsJson1.1: an X-Amz-Target that names no operation, or none at all, is a 400 as AWS answers it. */
    public static final ErrorCode UNKNOWN_TARGET = new ErrorCode("UnknownOperationException", 400);

    public static final ErrorCode METHOD_NOT_ALLOWED = new ErrorCode("MethodNotAllowedException", 405);
    /** A streamed body sent with neither Content-Length nor Transfer-Encoding (S3's code and status). */
    public static final ErrorCode MISSING_CONTENT_LENGTH = new ErrorCode("MissingContentLength", 411);

    public static final ErrorCode REQUEST_TOO_LARGE = new ErrorCode("RequestEntityTooLargeException", 413);

    private CommonError() {}
}
