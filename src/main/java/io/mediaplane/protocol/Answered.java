package io.mediaplane.protocol;

import java.time.Instant;

/**
 * One answered request, for {@link Endpoint#completed}: what access logs and request metrics need.
 *
 * @param requestId       the id sent in {@code x-amzn-RequestId}
 * @param operation       the operation, the name an intercept answered as, or "unknown" (not routed)
 * @param received        when the request arrived
 * @param request         the request as sent
 * @param path            the path operations were routed by ({@link Endpoint#path} on an address of
 *                        the endpoint's own), or null when the request was not located
 * @param identity        the caller, or null when the request failed before authentication
 * @param input           the typed input, or null when it was never bound
 * @param output          the typed output, or null when the request failed
 * @param status          the response status
 * @param errorCode       the AWS error code when the request failed, else null
 * @param bytesReceived   request body bytes read
 * @param bytesSent       response body bytes written
 * @param totalNanos      from the request's arrival to the last byte sent
 * @param turnAroundNanos from the last request byte read to the first response byte sent
 */
public record Answered(
        String requestId,
        String operation,
        Instant received,
        RequestHead request,
        String path,
        Identity identity,
        Object input,
        Object output,
        int status,
        String errorCode,
        long bytesReceived,
        long bytesSent,
        long totalNanos,
        long turnAroundNanos) {}
