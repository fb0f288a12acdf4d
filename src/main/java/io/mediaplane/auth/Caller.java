package io.mediaplane.auth;

/**
 * Who a verified request comes from.
 *
 * @param accessKeyId the access key the request was signed with
 * @param accountId   the account that key belongs to
 * @param region      the region of the credential scope (whatever the client was configured with)
 * @param service     the signing name of the credential scope, e.g. {@code mediastore}
 * @param payloadHash the value the signature covers: the x-amz-content-sha256 value, "UNSIGNED-PAYLOAD",
 *                    or the hex SHA-256 the verifier computed. When it came from the header and is a hex
 *                    digest, checking it against the body is the caller's job.
 */
public record Caller(String accessKeyId, String accountId, String region, String service, String payloadHash) {

    /** The payload hash of requests whose body is not covered by the signature. */
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    /** Whether the signature leaves the body unprotected ({@code UNSIGNED-PAYLOAD}). */
    public boolean unsignedPayload() {
        return UNSIGNED_PAYLOAD.equals(payloadHash);
    }
}
