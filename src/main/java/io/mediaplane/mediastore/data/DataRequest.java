package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.ContainerRecord;
import java.time.Instant;

/**
 * One finished request to a container's data endpoint: what access logs and metric-policy
 * counters need to know about it. The data endpoint hands one to every {@link DataRequestListener}
 * after the response is complete (or the connection failed).
 *
 * @param container the container the endpoint belongs to
 * @param operation the AWS operation (PutObject, GetObject, DescribeObject, DeleteObject, ListItems),
 *     or "Preflight" for a CORS preflight (OPTIONS)
 * @param objectPath the object or folder path without leading slash ("" for the container root)
 * @param httpMethod the request method
 * @param requestUri the request target as sent (raw path and query)
 * @param httpStatus the response status
 * @param errorCode the AWS error code when the request failed, else null
 * @param bytesReceived request body bytes read
 * @param bytesSent response body bytes written
 * @param objectSize the object's size when one was involved, else null
 * @param totalTimeMillis from the first byte received to the last byte sent
 * @param turnAroundTimeMillis from the last request byte received to the first response byte sent
 * @param requestId the request id sent in x-amz-request-id
 * @param sourceIp the client address
 * @param requester the caller's ARN, or null for an anonymous (unsigned) request
 * @param userAgent the User-Agent header, or null
 * @param referrer the Referer header, or null
 * @param host the Host header
 * @param requestTime when the request arrived
 * @param secure whether the request came over TLS
 */
public record DataRequest(
        ContainerRecord container,
        String operation,
        String objectPath,
        String httpMethod,
        String requestUri,
        int httpStatus,
        String errorCode,
        long bytesReceived,
        long bytesSent,
        Long objectSize,
        long totalTimeMillis,
        long turnAroundTimeMillis,
        String requestId,
        String sourceIp,
        String requester,
        String userAgent,
        String referrer,
        String host,
        Instant requestTime,
        boolean secure) {}
