package io.mediaplane.secretsmanager;

import io.mediaplane.aws.SecretResolver.SecretValue;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.secretsmanager.SecretRecord.Version;
import io.mediaplane.secretsmanager.ValueShapes.GetSecretValueInput;
import io.mediaplane.secretsmanager.ValueShapes.GetSecretValueOutput;
import io.mediaplane.secretsmanager.ValueShapes.PutSecretValueInput;
import io.mediaplane.secretsmanager.ValueShapes.PutSecretValueOutput;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

/** GetSecretValue and PutSecretValue: versions, staging labels and the values themselves. */
final class ValueOperations {
    private final Secrets secrets;
    private final Versions versions;

    ValueOperations(Secrets secrets, Versions versions) {
        this.secrets = secrets;
        this.versions = versions;
    }

    GetSecretValueOutput getSecretValue(RequestContext context, GetSecretValueInput in) {
        Stored<SecretRecord> secret = secrets.requireLive(context, in.secretId());
        Version version = chosen(secret.value(), in.versionId(), in.versionStage());
        SecretValue value =
                secrets.values().read(secret.arn(), version.id()).orElseThrow(() -> noValue("VersionId", version.id()));
        noteAccess(Secrets.scope(context), secret, context.received());
        return new GetSecretValueOutput(
                secret.arn(),
                secret.value().name(),
                version.id(),
                value.binary(),
                value.text(),
                version.stages(),
                version.created());
    }

    /** The version a GetSecretValue asks for: by id, by label, both (then they must agree), or AWSCURRENT. */
    static Version chosen(SecretRecord secret, String versionId, String versionStage) {
        if (versionId != null) {
            Version v = secret.version(versionId).orElseThrow(() -> noValue("VersionId", versionId));
            if (versionStage != null && !v.stages().contains(versionStage)) {
                throw SecretsManagerError.invalidRequest(
                        "You provided a VersionStage that is not associated to the provided VersionId.");
            }
            return v;
        }
        String stage = versionStage == null ? SecretRecord.CURRENT : versionStage;
        return secret.staged(stage).orElseThrow(() -> noValue("staging label", stage));
    }

    private static AwsException noValue(String what, String which) {
        return new AwsException(
                SecretsManagerError.RESOURCE_NOT_FOUND,
                "Secrets Manager can't find the specified secret value for " + what + ": " + which);
    }

    /** LastAccessedDate is a day, as on AWS: written at most once a day per secret. */
    private void noteAccess(Scope scope, Stored<SecretRecord> secret, Instant now) {
        long day = now.truncatedTo(ChronoUnit.DAYS).toEpochMilli();
        Long last = secret.value().lastAccessedAtMillis();
        if (last == null || last < day) {
            secrets.table().update(scope, secret.name(), s -> {
                Long seen = s.lastAccessedAtMillis();
                return s.arn().equals(secret.arn()) && (seen == null || seen < day) ? s.withLastAccessed(day) : s;
            });
        }
    }

    PutSecretValueOutput putSecretValue(RequestContext context, PutSecretValueInput in) {
        SecretValue value = Versions.valueOf(in.secretString(), in.secretBinary());
        if (value == null) {
            throw SecretsManagerError.invalidParameter("You must provide either SecretString or SecretBinary.");
        }
        List<String> stages = in.versionStages() == null
                ? List.of(SecretRecord.CURRENT)
                : List.copyOf(new LinkedHashSet<>(in.versionStages()));
        Stored<SecretRecord> secret = secrets.requireLive(context, in.secretId());
        Versions.Added added = versions.add(
                Secrets.scope(context), secret, in.clientRequestToken(), value, stages, context.received(), s -> s);
        return new PutSecretValueOutput(
                secret.arn(),
                secret.value().name(),
                added.versionId(),
                added.stages().isEmpty() ? null : added.stages());
    }
}
