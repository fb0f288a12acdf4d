package io.mediaplane.secretsmanager;

import io.mediaplane.aws.Arn;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.secretsmanager.SecretShapes.DeleteSecretInput;
import io.mediaplane.secretsmanager.SecretShapes.DeleteSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.RestoreSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.SecretIdInput;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * DeleteSecret and RestoreSecret. A deletion with a recovery window (7 to 30 days, 30 by default)
 * only schedules it: the secret stays describable and restorable, but its value cannot be read and
 * it cannot be changed until RestoreSecret; once the window has passed it is gone. With
 * ForceDeleteWithoutRecovery it is gone at once, values included.
 */
final class DeletionOperations {
    static final long DEFAULT_WINDOW_DAYS = 30;

    private final Secrets secrets;

    DeletionOperations(Secrets secrets) {
        this.secrets = secrets;
    }

    DeleteSecretOutput deleteSecret(RequestContext context, DeleteSecretInput in) {
        boolean force = Boolean.TRUE.equals(in.forceDeleteWithoutRecovery());
        if (force && in.recoveryWindowInDays() != null) {
            throw SecretsManagerError.invalidParameter(
                    "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
        }
        long days = in.recoveryWindowInDays() == null ? DEFAULT_WINDOW_DAYS : in.recoveryWindowInDays();
        if (days < 7 || days > 30) {
            throw SecretsManagerError.invalidParameter(
                    "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
        }
        Scope scope = Secrets.scope(context);
        Instant now = context.received();
        Optional<Stored<SecretRecord>> found = secrets.find(scope, in.secretId(), now);
        if (found.isEmpty()) {
            if (!force) {
                throw SecretsManagerError.notFound();
            }
            // AWS answers a forced deletion of a secret that does not exist without an error.
            boolean arn = Arn.parse(in.secretId()).isPresent();
            return new DeleteSecretOutput(arn ? in.secretId() : null, arn ? null : in.secretId(), now);
        }
        if (force) {
            forceDelete(scope, found.get(), now);
            return new DeleteSecretOutput(found.get().arn(), found.get().value().name(), now);
        }
        if (found.get().value().scheduledForDeletion()) {
            throw SecretsManagerError.markedForDeletion();
        }
        long deletionDate = now.plus(Duration.ofDays(days)).toEpochMilli();
        Stored<SecretRecord> scheduled = secrets.table()
                .update(scope, found.get().name(), s -> {
                    if (!s.arn().equals(found.get().arn())) {
                        throw SecretsManagerError.notFound();
                    }
                    if (s.scheduledForDeletion()) {
                        throw SecretsManagerError.markedForDeletion();
                    }
                    return s.withDeletionDate(deletionDate, now.toEpochMilli());
                })
                .orElseThrow(SecretsManagerError::notFound);
        return new DeleteSecretOutput(scheduled.arn(), scheduled.value().name(), Instant.ofEpochMilli(deletionDate));
    }

    /** Purges the secret, retrying while concurrent writers change it. */
    private void forceDelete(Scope scope, Stored<SecretRecord> secret, Instant now) {
        Stored<SecretRecord> current = secret;
        while (true) {
            secrets.purge(scope, current);
            Optional<Stored<SecretRecord>> still = secrets.find(scope, current.name(), now);
            if (still.isEmpty() || !still.get().arn().equals(secret.arn())) {
                return;
            }
            current = still.get();
        }
    }

    RestoreSecretOutput restoreSecret(RequestContext context, SecretIdInput in) {
        Stored<SecretRecord> secret = secrets.require(context, in.secretId());
        if (secret.value().scheduledForDeletion()) {
            long at = context.received().toEpochMilli();
            secrets.table()
                    .update(Secrets.scope(context), secret.name(), s -> {
                        if (!s.arn().equals(secret.arn())) {
                            throw SecretsManagerError.notFound();
                        }
                        return s.withDeletionDate(null, at);
                    })
                    .orElseThrow(SecretsManagerError::notFound);
        }
        return new RestoreSecretOutput(secret.arn(), secret.value().name());
    }
}
