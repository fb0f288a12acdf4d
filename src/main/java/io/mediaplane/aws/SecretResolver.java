package io.mediaplane.aws;

import java.util.Optional;

/**
 * How a service reads a Secrets Manager secret it was handed by ARN (MediaPackage VOD's CDN
 * authorization, MediaTailor's {@code SECRETS_MANAGER_ACCESS_TOKEN}): the version staged
 * {@code AWSCURRENT}, for the calling account only. Empty when there is nothing that account may
 * read: no such secret in it (a secret of another account, whatever the ARN says, counts as none),
 * a secret scheduled for deletion, or a secret with no current value. A stored value that fails its
 * integrity check is an {@link IllegalStateException}, never a wrong value.
 */
@FunctionalInterface
public interface SecretResolver {
    /**
     * The current value of the secret named by {@code secretArn} (a full ARN, or one without the
     * six-character suffix), if it belongs to {@code accountId}.
     */
    Optional<SecretValue> current(String accountId, String secretArn);

    /** A secret's value: exactly one of {@code text} (SecretString) and {@code binary} (SecretBinary). */
    record SecretValue(String text, byte[] binary) {
        /** Never prints the value, so it cannot reach a log line by accident. */
        @Override
        public String toString() {
            return text != null ? "SecretValue[text, redacted]" : "SecretValue[binary, redacted]";
        }
    }
}
