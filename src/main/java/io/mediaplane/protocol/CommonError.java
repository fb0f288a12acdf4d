package io.mediaplane.protocol;

/**
 * Errors that every service can answer and that no service models: authentication,
 * routing and transport problems. Their codes are the ones AWS's front ends use.
 */
public enum CommonError implements ErrorCode {
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", 403),
    INVALID_SIGNATURE("InvalidSignatureException", 403),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 400),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    ACCESS_DENIED("AccessDeniedException", 403),
    UNKNOWN_OPERATION("UnknownOperationException", 404),
    METHOD_NOT_ALLOWED("MethodNotAllowedException", 405),
    REQUEST_TOO_LARGE("RequestEntityTooLargeException", 413),
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaTypeException", 415),
    NOT_IMPLEMENTED("NotImplementedException", 501);

    private final String code;
    private final int status;

    CommonError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public static ErrorCode of(String code, int status) {
        for (CommonError e : values()) {
            if (e.code.equals(code) && e.status == status) {
                return e;
            }
        }
        return new Simple(code, status);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }

    private record Simple(String code, int status) implements ErrorCode {
    }
}
