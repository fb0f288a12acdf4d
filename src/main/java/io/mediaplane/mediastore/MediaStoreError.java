package io.mediaplane.mediastore;

import io.mediaplane.protocol.ErrorCode;

/** MediaStore's error catalogue: the model's error shapes (all 400 but InternalServerError) and AWS's generic codes. */
public enum MediaStoreError implements ErrorCode {
    CONTAINER_IN_USE("ContainerInUseException", 400),
    CONTAINER_NOT_FOUND("ContainerNotFoundException", 400),
    CORS_POLICY_NOT_FOUND("CorsPolicyNotFoundException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    POLICY_NOT_FOUND("PolicyNotFoundException", 400),
    INTERNAL_SERVER_ERROR("InternalServerError", 500),
    VALIDATION("ValidationException", 400),
    SERIALIZATION("SerializationException", 400);

    private final String code;
    private final int status;

    MediaStoreError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }
}
