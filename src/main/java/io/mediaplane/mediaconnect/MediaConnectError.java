package io.mediaplane.mediaconnect;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;

/**
 * MediaConnect's error catalogue: exactly the model's error shapes and statuses. None of the 17
 * flow operations models ConflictException, so state conflicts (deleting a running flow,
 * removing an entitlement's output) answer BadRequestException as the model allows.
 */
final class MediaConnectError {
    static final ErrorCode BAD_REQUEST = new ErrorCode("BadRequestException", 400);
    static final ErrorCode FORBIDDEN = new ErrorCode("ForbiddenException", 403);
    static final ErrorCode NOT_FOUND = new ErrorCode("NotFoundException", 404);
    static final ErrorCode INTERNAL_SERVER_ERROR = new ErrorCode("InternalServerErrorException", 500);
    static final ErrorCode CREATE_FLOW_420 = new ErrorCode("CreateFlow420Exception", 420);
    static final ErrorCode ADD_FLOW_OUTPUTS_420 = new ErrorCode("AddFlowOutputs420Exception", 420);
    static final ErrorCode GRANT_FLOW_ENTITLEMENTS_420 = new ErrorCode("GrantFlowEntitlements420Exception", 420);

    private MediaConnectError() {}

    /** A BadRequestException with AWS's message, for shared checks such as tags. */
    static AwsException badRequest(String message) {
        return new AwsException(BAD_REQUEST, message);
    }
}
