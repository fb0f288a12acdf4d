package io.mediaplane.protocol;

/**
 * Who sent a request, once authentication is done.
 *
 * @param accessKeyId the access key, or null for an anonymous request
 * @param accountId   the caller's account, or null for an anonymous request
 * @param region      the region of the credential scope, or the server's default region
 */
public record Identity(String accessKeyId, String accountId, String region) {
    public boolean anonymous() {
        return accountId == null;
    }
}
