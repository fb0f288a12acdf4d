package io.mediaplane.secretsmanager;

import io.mediaplane.aws.SecretResolver.SecretValue;
import io.mediaplane.aws.Tags;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.secretsmanager.SecretRecord.Version;
import io.mediaplane.secretsmanager.SecretShapes.CreateSecretInput;
import io.mediaplane.secretsmanager.SecretShapes.CreateSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.DescribeSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.SecretIdInput;
import io.mediaplane.secretsmanager.SecretShapes.UpdateSecretInput;
import io.mediaplane.secretsmanager.SecretShapes.UpdateSecretOutput;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** CreateSecret, UpdateSecret and DescribeSecret. */
final class SecretOperations {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]+");

    private final Secrets secrets;
    private final Versions versions;

    SecretOperations(Secrets secrets, Versions versions) {
        this.secrets = secrets;
        this.versions = versions;
    }

    CreateSecretOutput createSecret(RequestContext context, CreateSecretInput in) {
        if (!NAME.matcher(in.name()).matches()) {
            throw SecretsManagerError.invalidParameter("Invalid name. Must be a valid name containing alphanumeric"
                    + " characters, or any of the following: -/_+=.@!");
        }
        if (in.addReplicaRegions() != null && !in.addReplicaRegions().isEmpty()) {
            throw SecretsManagerError.invalidRequest(
                    "Replicating secrets to other Regions is not available on this endpoint.");
        }
        SecretValue value = Versions.valueOf(in.secretString(), in.secretBinary());
        Map<String, String> tags = Tags.merge(Map.of(), Tagging.toMap(in.tags()), SecretsManagerError::validation);
        Scope scope = Secrets.scope(context);
        Instant now = context.received();
        Optional<Stored<SecretRecord>> existing = secrets.find(scope, in.name(), now);
        if (existing.isPresent()) {
            return again(existing.get(), in, value);
        }
        String id = value == null ? null : Versions.versionId(in.clientRequestToken());
        long at = now.toEpochMilli();
        while (true) {
            String arn = Secrets.newArn(scope, in.name());
            List<Version> first = id == null ? List.of() : List.of(new Version(id, at, List.of(SecretRecord.CURRENT)));
            SecretRecord record =
                    new SecretRecord(arn, in.name(), in.description(), in.kmsKeyId(), at, at, null, null, tags, first);
            if (value != null) {
                secrets.values().insert(arn, id, now, value);
            }
            if (secrets.table().insert(scope, in.name(), arn, null, now, record)) {
                return new CreateSecretOutput(arn, in.name(), id);
            }
            if (value != null) {
                secrets.values().deleteAll(arn);
            }
            Optional<Stored<SecretRecord>> raced = secrets.find(scope, in.name(), now);
            if (raced.isPresent()) {
                return again(raced.get(), in, value);
            } // else the random ARN suffix was taken: draw another
        }
    }

    /**
     * CreateSecret for a name that exists: the same request again (same token, same value) answers
     * as the first time; anything else is refused as AWS refuses it.
     */
    private CreateSecretOutput again(Stored<SecretRecord> existing, CreateSecretInput in, SecretValue value) {
        SecretRecord s = existing.value();
        if (s.scheduledForDeletion()) {
            throw SecretsManagerError.invalidRequest(
                    "You can't create this secret because a secret with this name is already scheduled for deletion.");
        }
        if (value != null
                && in.clientRequestToken() != null
                && s.version(in.clientRequestToken()).isPresent()
                && secrets.values()
                        .read(existing.arn(), in.clientRequestToken())
                        .filter(v -> Versions.same(v, value))
                        .isPresent()) {
            return new CreateSecretOutput(existing.arn(), s.name(), in.clientRequestToken());
        }
        throw new AwsException(
                SecretsManagerError.RESOURCE_EXISTS,
                "The operation failed because the secret " + in.name() + " already exists.");
    }

    UpdateSecretOutput updateSecret(RequestContext context, UpdateSecretInput in) {
        SecretValue value = Versions.valueOf(in.secretString(), in.secretBinary());
        Stored<SecretRecord> secret = secrets.requireLive(context, in.secretId());
        Scope scope = Secrets.scope(context);
        long at = context.received().toEpochMilli();
        UnaryOperator<SecretRecord> details = s -> s.withDetails(
                in.description() != null ? in.description() : s.description(),
                in.kmsKeyId() != null ? in.kmsKeyId() : s.kmsKeyId(),
                at);
        if (value == null) {
            versions.change(scope, secret.name(), secret.arn(), details);
            return new UpdateSecretOutput(secret.arn(), secret.name(), null);
        }
        Versions.Added added = versions.add(
                scope,
                secret,
                in.clientRequestToken(),
                value,
                List.of(SecretRecord.CURRENT),
                context.received(),
                details);
        return new UpdateSecretOutput(secret.arn(), secret.name(), added.versionId());
    }

    DescribeSecretOutput describeSecret(RequestContext context, SecretIdInput in) {
        return SecretShapes.details(secrets.require(context, in.secretId()).value(), DescribeSecretOutput::new);
    }
}
