package io.mediaplane.mediastore.data;

import io.mediaplane.protocol.ErrorCode;

/**
 * MediaStore Data's errors: the model's three (ContainerNotFound and ObjectNotFound 404,
 * RequestedRangeNotSatisfiable 416) and InternalServerError, plus the codes AWS's front end
 * answers for what the model does not cover (invalid input, access denied, oversize bodies).
 */
final class MediaStoreDataError {
    static final ErrorCode CONTAINER_NOT_FOUND = new ErrorCode("ContainerNotFoundException", 404);
    static final ErrorCode OBJECT_NOT_FOUND = new ErrorCode("ObjectNotFoundException", 404);
    static final ErrorCode RANGE_NOT_SATISFIABLE = new ErrorCode("RequestedRangeNotSatisfiableException", 416);
    static final ErrorCode INTERNAL_SERVER_ERROR = new ErrorCode("InternalServerError", 500);
    static final ErrorCode VALIDATION = new ErrorCode("ValidationException", 400);
    static final ErrorCode SERIALIZATION = new ErrorCode("SerializationException", 400);
    /** AWS's common error for a request the caller's permissions or the resource policy do not allow. */
    static final ErrorCode ACCESS_DENIED = new ErrorCode("AccessDeniedException", 403);
    /** No modeled error exists for an object over the size limit; AWS front ends answer 413 with this code. */
    static final ErrorCode TOO_LARGE = new ErrorCode("RequestEntityTooLargeException", 413);

    private MediaStoreDataError() {}
}
