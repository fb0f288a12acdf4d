package io.mediaplane.mediapackagevod;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;

/**
 * MediaPackage VOD's error catalogue: the model's six error shapes with their statuses. Invalid
 * input, duplicate ids and deleting a packaging group that is still in use are all
 * UnprocessableEntityException (422), as the service answers them.
 */
final class VodError {
    static final ErrorCode FORBIDDEN = new ErrorCode("ForbiddenException", 403);
    static final ErrorCode NOT_FOUND = new ErrorCode("NotFoundException", 404);
    static final ErrorCode UNPROCESSABLE_ENTITY = new ErrorCode("UnprocessableEntityException", 422);
    static final ErrorCode TOO_MANY_REQUESTS = new ErrorCode("TooManyRequestsException", 429);
    static final ErrorCode INTERNAL_SERVER_ERROR = new ErrorCode("InternalServerErrorException", 500);
    static final ErrorCode SERVICE_UNAVAILABLE = new ErrorCode("ServiceUnavailableException", 503);

    private VodError() {}

    static AwsException unprocessable(String message) {
        return new AwsException(UNPROCESSABLE_ENTITY, message);
    }

    static AwsException notFound(String what, String id) {
        return new AwsException(NOT_FOUND, what + " '" + id + "' was not found");
    }
}
