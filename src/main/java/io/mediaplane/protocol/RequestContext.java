package io.mediaplane.protocol;

import java.time.Instant;

/**
 * What an operation knows about the request besides its typed input: who sent it, where
 * to, and when. Handlers never see HTTP.
 *
 * @param requestId   the id sent back in {@code x-amzn-RequestId}
 * @param accountId   the caller's account (12 digits); resources are scoped by it
 * @param region      the region from the credential scope (or the default region)
 * @param accessKeyId the caller's access key, or null for an anonymous (unsigned) request
 * @param sourceIp    the client's IP address
 * @param secure      whether the request came over TLS
 * @param received    when the request arrived, from the server's clock
 * @param target      what the endpoint the request came to addresses, for endpoints that belong to
 *                    one resource (a MediaStore container's data endpoint); null on service endpoints
 */
public record RequestContext(
        String requestId,
        String accountId,
        String region,
        String accessKeyId,
        String sourceIp,
        boolean secure,
        Instant received,
        Object target) {

    public RequestContext(
            String requestId,
            String accountId,
            String region,
            String accessKeyId,
            String sourceIp,
            boolean secure,
            Instant received) {
        this(requestId, accountId, region, accessKeyId, sourceIp, secure, received, null);
    }

    /** True when the request carried no signature. */
    public boolean anonymous() {
        return accessKeyId == null;
    }
}
