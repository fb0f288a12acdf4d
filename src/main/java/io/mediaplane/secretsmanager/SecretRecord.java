package io.mediaplane.secretsmanager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A secret as kept in the metadata store: everything but its values (those are sealed in
 * {@code secret_versions}). Versions are in creation order, each with its staging labels; a version
 * with no label is deprecated. A secret with a {@code deletionDateMillis} is scheduled for deletion
 * and is gone once that moment has passed.
 */
record SecretRecord(
        String arn,
        String name,
        String description,
        String kmsKeyId,
        long createdAtMillis,
        long lastChangedAtMillis,
        Long lastAccessedAtMillis,
        Long deletionDateMillis,
        Map<String, String> tags,
        List<Version> versions) {

    static final String CURRENT = "AWSCURRENT";
    static final String PREVIOUS = "AWSPREVIOUS";

    /** One version: its id, when it was created, and its staging labels. */
    record Version(String id, long createdAtMillis, List<String> stages) {
        Version {
            stages = List.copyOf(stages);
        }

        Instant created() {
            return Instant.ofEpochMilli(createdAtMillis);
        }
    }

    /** Copies collections unmodifiable: stored records are shared (see ResourceTable's parse cache). */
    SecretRecord {
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    boolean scheduledForDeletion() {
        return deletionDateMillis != null;
    }

    /** Whether the recovery window has passed: the secret no longer exists. */
    boolean deletedBy(Instant now) {
        return deletionDateMillis != null && now.toEpochMilli() >= deletionDateMillis;
    }

    Optional<Version> version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    Optional<Version> staged(String stage) {
        return versions.stream().filter(v -> v.stages().contains(stage)).findFirst();
    }

    /** Version id to labels, for the versions that have labels (deprecated ones are left out). */
    Map<String, List<String>> stagesByVersion() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        versions.stream().filter(v -> !v.stages().isEmpty()).forEach(v -> map.put(v.id(), v.stages()));
        return map;
    }

    /**
     * With a new version carrying {@code stages}: each label leaves the version that had it, and when
     * AWSCURRENT moves, the version that had it takes AWSPREVIOUS (which leaves its own holder).
     */
    SecretRecord withVersion(String id, long atMillis, List<String> stages) {
        Optional<Version> oldCurrent = stages.contains(CURRENT) ? staged(CURRENT) : Optional.empty();
        List<Version> next = new ArrayList<>();
        for (Version v : versions) {
            List<String> kept = new ArrayList<>(v.stages());
            kept.removeAll(stages);
            if (oldCurrent.isPresent()) {
                kept.remove(PREVIOUS);
                if (v.id().equals(oldCurrent.get().id()) && !stages.contains(PREVIOUS)) {
                    kept.add(PREVIOUS);
                }
            }
            next.add(new Version(v.id(), v.createdAtMillis(), kept));
        }
        next.add(new Version(id, atMillis, stages));
        return withVersions(next, atMillis);
    }

    SecretRecord withVersions(List<Version> value, long changedAtMillis) {
        return new SecretRecord(
                arn,
                name,
                description,
                kmsKeyId,
                createdAtMillis,
                changedAtMillis,
                lastAccessedAtMillis,
                deletionDateMillis,
                tags,
                value);
    }

    SecretRecord withDetails(String newDescription, String newKmsKeyId, long changedAtMillis) {
        return new SecretRecord(
                arn,
                name,
                newDescription,
                newKmsKeyId,
                createdAtMillis,
                changedAtMillis,
                lastAccessedAtMillis,
                deletionDateMillis,
                tags,
                versions);
    }

    SecretRecord withTags(Map<String, String> value, long changedAtMillis) {
        return new SecretRecord(
                arn,
                name,
                description,
                kmsKeyId,
                createdAtMillis,
                changedAtMillis,
                lastAccessedAtMillis,
                deletionDateMillis,
                value,
                versions);
    }

    SecretRecord withDeletionDate(Long value, long changedAtMillis) {
        return new SecretRecord(
                arn,
                name,
                description,
                kmsKeyId,
                createdAtMillis,
                changedAtMillis,
                lastAccessedAtMillis,
                value,
                tags,
                versions);
    }

    SecretRecord withLastAccessed(long dayMillis) {
        return new SecretRecord(
                arn,
                name,
                description,
                kmsKeyId,
                createdAtMillis,
                lastChangedAtMillis,
                dayMillis,
                deletionDateMillis,
                tags,
                versions);
    }
}
