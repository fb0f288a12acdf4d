package io.mediaplane.secretsmanager;

import io.mediaplane.aws.Arn;
import io.mediaplane.aws.SecretResolver;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.secretsmanager.SecretRecord.Version;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Clock;
import java.util.Optional;

/**
 * The {@link SecretResolver} other services are given: a secret ARN, in the calling account only,
 * to the value staged AWSCURRENT, read and opened exactly as GetSecretValue reads it.
 */
final class StoredSecretResolver implements SecretResolver {
    private final Secrets secrets;
    private final Clock clock;

    StoredSecretResolver(Secrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public Optional<SecretValue> current(String accountId, String secretArn) {
        Optional<Arn> arn = Arn.parse(secretArn);
        if (arn.isEmpty() || !arn.get().account().equals(accountId)) {
            return Optional.empty();
        }
        Scope scope = new Scope(accountId, arn.get().region());
        Optional<Stored<SecretRecord>> secret = secrets.find(scope, secretArn, clock.instant());
        if (secret.isEmpty() || secret.get().value().scheduledForDeletion()) {
            return Optional.empty();
        }
        Optional<Version> current = secret.get().value().staged(SecretRecord.CURRENT);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        try {
            return secrets.values().read(secret.get().arn(), current.get().id());
        } catch (AwsException e) { // DecryptionFailure: a stored value that does not open
            throw new IllegalStateException(
                    "the current value of a secret of account " + accountId + " fails its integrity check");
        }
    }
}
