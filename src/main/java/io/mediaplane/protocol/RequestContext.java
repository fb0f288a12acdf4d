package io.mediaplane.protocol;

import java.time.Instant;

/**
 * What an operation knows about the request besides its typed input: who sent it, where to, when,
 * and what is still to be checked about a streamed body. Handlers never see HTTP.
 *
 * @param requestId the id sent back in {@code x-amzn-RequestId}
 * @param identity  who sent the request
 * @param sourceIp  the client's IP address
 * @param secure    whether the request came over TLS
 * @param received  when the request arrived, from the server's clock
 * @param target    the resource the endpoint's address names; operations read it with
 *                  {@link #target(Class)}
 * @param body      what the operation must still check about a streamed body
 */
public record RequestContext(
        String requestId,
        Identity identity,
        String sourceIp,
        boolean secure,
        Instant received,
        EndpointTarget target,
        RequestBody body) {

    /** The caller's account (12 digits), or null for an anonymous request; resources are scoped by it. */
    public String accountId() {
        return identity.accountId();
    }

    /** The region from the credential scope (or the default region). */
    public String region() {
        return identity.region();
    }

    /** The caller's access key, or null for an anonymous (unsigned) request. */
    public String accessKeyId() {
        return identity.accessKeyId();
    }

    /** True when the request carried no signature. */
    public boolean anonymous() {
        return identity.accessKeyId() == null;
    }

    /**
     * The resource the endpoint's address names, as the type its {@link Endpoint#target} resolves
     * it to. Fails (a server bug, never the client's) when the operation is served elsewhere or asks
     * for another type.
     */
    public <T> T target(Class<T> type) {
        return target.as(type);
    }
}
