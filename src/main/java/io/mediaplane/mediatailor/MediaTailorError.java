package io.mediaplane.mediatailor;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;

/**
 * MediaTailor's error catalogue. The model declares one error shape, BadRequestException (400,
 * member {@code Message}), and only on the tagging operations; the service itself answers unknown
 * resources with NotFoundException (404) and its own failures with InternalServerErrorException
 * (500), which clients surface as the generic MediaTailorException carrying that code.
 */
final class MediaTailorError {
    static final ErrorCode BAD_REQUEST = new ErrorCode("BadRequestException", 400);
    static final ErrorCode NOT_FOUND = new ErrorCode("NotFoundException", 404);
    static final ErrorCode INTERNAL_SERVER_ERROR = new ErrorCode("InternalServerErrorException", 500);

    private MediaTailorError() {}

    static AwsException badRequest(String message) {
        return new AwsException(BAD_REQUEST, message);
    }

    static AwsException notFound(String message) {
        return new AwsException(NOT_FOUND, message);
    }
}
