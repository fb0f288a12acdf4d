package io.mediaplane.secretsmanager;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;

/**
 * Secrets Manager's error catalogue: the model's error shapes (every one 400 but
 * InternalServiceError) and the front end's ValidationException and SerializationException. The
 * messages are AWS's where AWS's are known.
 */
final class SecretsManagerError {
    static final ErrorCode RESOURCE_NOT_FOUND = new ErrorCode("ResourceNotFoundException", 400);
    static final ErrorCode INVALID_PARAMETER = new ErrorCode("InvalidParameterException", 400);
    static final ErrorCode INVALID_REQUEST = new ErrorCode("InvalidRequestException", 400);
    static final ErrorCode RESOURCE_EXISTS = new ErrorCode("ResourceExistsException", 400);
    static final ErrorCode LIMIT_EXCEEDED = new ErrorCode("LimitExceededException", 400);
    static final ErrorCode INVALID_NEXT_TOKEN = new ErrorCode("InvalidNextTokenException", 400);
    static final ErrorCode DECRYPTION_FAILURE = new ErrorCode("DecryptionFailure", 400);
    static final ErrorCode INTERNAL_SERVICE_ERROR = new ErrorCode("InternalServiceError", 500);
    static final ErrorCode VALIDATION = new ErrorCode("ValidationException", 400);
    static final ErrorCode SERIALIZATION = new ErrorCode("SerializationException", 400);

    private SecretsManagerError() {}

    static AwsException notFound() {
        return new AwsException(RESOURCE_NOT_FOUND, "Secrets Manager can't find the specified secret.");
    }

    /** What every operation but Describe, Delete and Restore answers on a secret scheduled for deletion. */
    static AwsException markedForDeletion() {
        return new AwsException(
                INVALID_REQUEST, "You can't perform this operation on the secret because it was marked for deletion.");
    }

    static AwsException invalidParameter(String message) {
        return new AwsException(INVALID_PARAMETER, message);
    }

    static AwsException invalidRequest(String message) {
        return new AwsException(INVALID_REQUEST, message);
    }

    /** A ValidationException with AWS's message, for shared checks such as tags. */
    static AwsException validation(String message) {
        return new AwsException(VALIDATION, message);
    }

    /** A stored value failed its integrity check: never answered with a wrong value. */
    static AwsException decryptionFailure() {
        return new AwsException(
                DECRYPTION_FAILURE, "Secrets Manager can't decrypt the protected secret text using the provided key.");
    }
}
