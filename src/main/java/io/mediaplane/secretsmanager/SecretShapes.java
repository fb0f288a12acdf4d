package io.mediaplane.secretsmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mediaplane.protocol.Sensitive;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Wire shapes of the operations on a secret as a whole (model names; PascalCase on the wire by the
 * service's mapper). Secret values are {@link Sensitive}: no error message repeats them.
 */
final class SecretShapes {
    private SecretShapes() {}

    record Tag(
            @Size(min = 1, max = 128) String key,
            @Size(max = 256) String value) {}

    record ReplicaRegion(String region, String kmsKeyId) {}

    record CreateSecretInput(
            @NotNull @Size(min = 1, max = 512) String name,
            @Size(min = 32, max = 64) String clientRequestToken,
            @Size(max = 2048) String description,
            @Size(max = 2048) String kmsKeyId,
            @Sensitive @Size(min = 1, max = 65536) byte[] secretBinary,
            @Sensitive @Size(min = 1, max = 65536) String secretString,
            List<@Valid @NotNull Tag> tags,
            List<ReplicaRegion> addReplicaRegions,
            Boolean forceOverwriteReplicaSecret) {
        /** Never prints the value (inputs may be logged). */
        @Override
        public String toString() {
            return "CreateSecretInput[name=" + name + ", value redacted]";
        }
    }

    record CreateSecretOutput(@JsonProperty("ARN") String arn, String name, String versionId) {}

    record UpdateSecretInput(
            @NotNull @Size(min = 1, max = 2048) String secretId,
            @Size(min = 32, max = 64) String clientRequestToken,
            @Size(max = 2048) String description,
            @Size(max = 2048) String kmsKeyId,
            @Sensitive @Size(min = 1, max = 65536) byte[] secretBinary,
            @Sensitive @Size(min = 1, max = 65536) String secretString) {
        /** Never prints the value (inputs may be logged). */
        @Override
        public String toString() {
            return "UpdateSecretInput[secretId=" + secretId + ", value redacted]";
        }
    }

    record UpdateSecretOutput(@JsonProperty("ARN") String arn, String name, String versionId) {}

    /** The input of every operation that names only a secret (DescribeSecret, RestoreSecret). */
    record SecretIdInput(@NotNull @Size(min = 1, max = 2048) String secretId) {}

    record DescribeSecretOutput(
            @JsonProperty("ARN") String arn,
            String name,
            String description,
            String kmsKeyId,
            Instant lastChangedDate,
            Instant lastAccessedDate,
            Instant deletedDate,
            List<Tag> tags,
            Map<String, List<String>> versionIdsToStages,
            Instant createdDate) {}

    record DeleteSecretInput(
            @NotNull @Size(min = 1, max = 2048) String secretId,
            Long recoveryWindowInDays,
            Boolean forceDeleteWithoutRecovery) {}

    record DeleteSecretOutput(@JsonProperty("ARN") String arn, String name, Instant deletionDate) {}

    record RestoreSecretOutput(@JsonProperty("ARN") String arn, String name) {}

    record TagResourceInput(
            @NotNull @Size(min = 1, max = 2048) String secretId,
            @NotNull List<@Valid @NotNull Tag> tags) {}

    record UntagResourceInput(
            @NotNull @Size(min = 1, max = 2048) String secretId,
            @NotNull List<@NotNull String> tagKeys) {}

    /** The constructor of a shape that shows a secret's details (DescribeSecret's output, a ListSecrets entry). */
    @FunctionalInterface
    interface Details<T> {
        T of(
                String arn,
                String name,
                String description,
                String kmsKeyId,
                Instant lastChangedDate,
                Instant lastAccessedDate,
                Instant deletedDate,
                List<Tag> tags,
                Map<String, List<String>> versionsToStages,
                Instant createdDate);
    }

    /** A secret's details, everything but its values, in the shape {@code details} makes. */
    static <T> T details(SecretRecord s, Details<T> details) {
        return details.of(
                s.arn(),
                s.name(),
                s.description(),
                s.kmsKeyId(),
                Instant.ofEpochMilli(s.lastChangedAtMillis()),
                s.lastAccessedAtMillis() == null ? null : Instant.ofEpochMilli(s.lastAccessedAtMillis()),
                s.deletionDateMillis() == null ? null : Instant.ofEpochMilli(s.deletionDateMillis()),
                Tagging.toList(s.tags()),
                s.stagesByVersion(),
                Instant.ofEpochMilli(s.createdAtMillis()));
    }

    /** The output of operations that answer nothing (TagResource, UntagResource). */
    record EmptyOutput() {}
}
