package io.mediaplane.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the protocol layer needs to speak one AWS service: its protocol, how clients sign
 * for it, how it words errors, its JSON mapper and its declared operations.
 *
 * @param name               the botocore client name, e.g. {@code mediastore}
 * @param protocol           awsJson1.1 or restJson1
 * @param signingName        the service in the SigV4 credential scope
 * @param targetPrefix       the X-Amz-Target prefix (awsJson1.1 only)
 * @param messageKey         the error body's message member: {@code Message} or {@code message}
 * @param validationError    what invalid input is answered with
 * @param serializationError what unreadable JSON or a wrong member type is answered with
 * @param internalError      what an unexpected failure is answered with
 * @param mapper             the service's JSON mapper (casing, timestamps)
 * @param anonymousAllowed   whether unsigned requests reach the operations (data planes that
 *                           apply their own resource policies) instead of being refused
 * @param operations         every operation, declared once
 */
public record ServiceSpec(
        String name,
        Protocol protocol,
        String signingName,
        String targetPrefix,
        String messageKey,
        ErrorCode validationError,
        ErrorCode serializationError,
        ErrorCode internalError,
        ObjectMapper mapper,
        boolean anonymousAllowed,
        List<Operation<?, ?>> operations) {

    public ServiceSpec {
        operations = List.copyOf(operations);
    }

    /**
     * Whether every header-signed request must sign its body: JSON control planes, where AWS takes
     * only the body's SHA-256 as the payload hash. Data planes that serve anonymous callers (S3-style)
     * also take {@code UNSIGNED-PAYLOAD}, as do presigned URLs everywhere.
     */
    public boolean signsBody() {
        return !anonymousAllowed && (protocol.equals(Protocol.AWS_JSON_1_1) || protocol.equals(Protocol.REST_JSON_1));
    }

    /** Operations by AWS name (awsJson1.1 routing). */
    public Map<String, Operation<?, ?>> byName() {
        Map<String, Operation<?, ?>> map = new LinkedHashMap<>();
        for (Operation<?, ?> op : operations) {
            map.put(op.name(), op);
        }
        return map;
    }
}
