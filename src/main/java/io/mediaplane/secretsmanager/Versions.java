package io.mediaplane.secretsmanager;

import io.mediaplane.aws.SecretResolver.SecretValue;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.secretsmanager.SecretRecord.Version;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Adds versions to secrets, with {@code ClientRequestToken} as the idempotency token AWS makes it:
 * the same token with the same value changes nothing and answers the version again; the same token
 * with another value is ResourceExistsException. The sealed value is written before the document
 * names it, so a reader never finds a version without its value; a version the document never came
 * to name (a failed or lost race) is removed again.
 */
final class Versions {
    /** Versions kept per secret: deprecated ones (no label) beyond this go, oldest first. */
    static final int MAX_VERSIONS = 100;

    private final Secrets secrets;

    Versions(Secrets secrets) {
        this.secrets = secrets;
    }

    /** A version as added (or found again under the same token), with its labels now. */
    record Added(String versionId, List<String> stages) {}

    /** The one value a request gives: SecretString or SecretBinary, not both; null when neither. */
    static SecretValue valueOf(String text, byte[] binary) {
        if (text != null && binary != null) {
            throw SecretsManagerError.invalidParameter(
                    "You can't specify both a binary secret value and a string secret value in the same secret.");
        }
        return text == null && binary == null ? null : new SecretValue(text, binary);
    }

    static String versionId(String clientRequestToken) {
        return clientRequestToken != null
                ? clientRequestToken
                : UUID.randomUUID().toString();
    }

    /**
     * Adds {@code value} as version {@code token} of {@code secret} with {@code stages}, applying
     * {@code alsoChange} (e.g. UpdateSecret's description) in the same write.
     */
    Added add(
            Scope scope,
            Stored<SecretRecord> secret,
            String token,
            SecretValue value,
            List<String> stages,
            Instant now,
            UnaryOperator<SecretRecord> alsoChange) {
        String arn = secret.arn();
        String id = versionId(token);
        Optional<Version> existing = secret.value().version(id);
        if (existing.isPresent()) {
            requireSame(arn, id, value);
            Stored<SecretRecord> changed = change(scope, secret.name(), arn, alsoChange);
            return new Added(
                    id, changed.value().version(id).map(Version::stages).orElse(List.of()));
        }
        boolean inserted = secrets.values().insert(arn, id, now, value);
        if (!inserted) {
            requireSame(arn, id, value); // a concurrent call with the same token got there first
        }
        AtomicReference<List<Version>> dropped = new AtomicReference<>(List.of());
        Stored<SecretRecord> result;
        try {
            result = change(scope, secret.name(), arn, current -> {
                if (current.version(id).isPresent()) {
                    return alsoChange.apply(current);
                }
                SecretRecord next = current.withVersion(id, now.toEpochMilli(), stages);
                List<Version> kept = prune(next.versions(), dropped);
                return alsoChange.apply(next.withVersions(kept, now.toEpochMilli()));
            });
        } catch (RuntimeException e) {
            if (inserted) {
                secrets.values().delete(arn, id);
            }
            throw e;
        }
        dropped.get().forEach(v -> secrets.values().delete(arn, v.id()));
        return new Added(id, result.value().version(id).map(Version::stages).orElse(List.of()));
    }

    /** Applies a change to the live secret with this ARN (a secret recreated under its name is another one). */
    Stored<SecretRecord> change(Scope scope, String name, String arn, UnaryOperator<SecretRecord> change) {
        return secrets.table()
                .update(scope, name, current -> {
                    if (!current.arn().equals(arn)) {
                        throw SecretsManagerError.notFound();
                    }
                    if (current.scheduledForDeletion()) {
                        throw SecretsManagerError.markedForDeletion();
                    }
                    return change.apply(current);
                })
                .orElseThrow(SecretsManagerError::notFound);
    }

    /** Drops the oldest deprecated versions beyond {@link #MAX_VERSIONS}; LimitExceeded if labels keep too many. */
    private static List<Version> prune(List<Version> versions, AtomicReference<List<Version>> dropped) {
        List<Version> kept = new ArrayList<>(versions);
        List<Version> gone = new ArrayList<>();
        for (int i = 0; i < kept.size() && kept.size() > MAX_VERSIONS; ) {
            if (kept.get(i).stages().isEmpty()) {
                gone.add(kept.remove(i));
            } else {
                i++;
            }
        }
        if (kept.size() > MAX_VERSIONS) {
            throw new AwsException(
                    SecretsManagerError.LIMIT_EXCEEDED,
                    "A secret can have at most " + MAX_VERSIONS + " versions, and every one of them has a staging"
                            + " label; remove labels from versions no longer needed first.");
        }
        dropped.set(gone);
        return kept;
    }

    private void requireSame(String arn, String id, SecretValue value) {
        SecretValue stored = secrets.values().read(arn, id).orElse(null);
        if (stored == null || !same(stored, value)) {
            throw new AwsException(
                    SecretsManagerError.RESOURCE_EXISTS,
                    "You can't modify an existing version, you can only create a new version.");
        }
    }

    /** Equal values of the same kind, compared in constant time. */
    static boolean same(SecretValue a, SecretValue b) {
        if ((a.text() == null) != (b.text() == null)) {
            return false;
        }
        return a.text() != null
                ? MessageDigest.isEqual(
                        a.text().getBytes(StandardCharsets.UTF_8), b.text().getBytes(StandardCharsets.UTF_8))
                : MessageDigest.isEqual(a.binary(), b.binary());
    }
}
