package io.mediaplane.mediastore;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;

/** MediaStore's error catalogue: the model's error shapes (all 400 but InternalServerError) and AWS's generic codes. */
final class MediaStoreError {
    static final ErrorCode CONTAINER_IN_USE = new ErrorCode("ContainerInUseException", 400);
    static final ErrorCode CONTAINER_NOT_FOUND = new ErrorCode("ContainerNotFoundException", 400);
    static final ErrorCode CORS_POLICY_NOT_FOUND = new ErrorCode("CorsPolicyNotFoundException", 400);
    static final ErrorCode LIMIT_EXCEEDED = new ErrorCode("LimitExceededException", 400);
    static final ErrorCode POLICY_NOT_FOUND = new ErrorCode("PolicyNotFoundException", 400);
    static final ErrorCode INTERNAL_SERVER_ERROR = new ErrorCode("InternalServerError", 500);
    static final ErrorCode VALIDATION = new ErrorCode("ValidationException", 400);
    static final ErrorCode SERIALIZATION = new ErrorCode("SerializationException", 400);

    private MediaStoreError() {}

    /** A ValidationException with AWS's message, for shared checks such as tags. */
    static AwsException validation(String message) {
        return new AwsException(VALIDATION, message);
    }
}
