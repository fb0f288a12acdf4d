package io.mediaplane.mediastore;

import io.mediaplane.mediastore.PolicyShapes.CorsRule;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container as kept in the metadata store. Its status is not stored: it follows from when it
 * was created and when its deletion was asked for (see {@link Containers#status}).
 */
public record ContainerRecord(
        String name,
        String endpointId,
        long createdAtMillis,
        Long deleteRequestedAtMillis,
        boolean accessLoggingEnabled,
        String policy,
        List<CorsRule> corsPolicy,
        String lifecyclePolicy,
        Long lifecyclePolicyPutAtMillis,
        MetricPolicy metricPolicy,
        Map<String, String> tags) {

    /** Copies collections unmodifiable: stored records are shared (see ResourceTable's parse cache). */
    public ContainerRecord {
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        corsPolicy = corsPolicy == null ? null : List.copyOf(corsPolicy);
    }

    /** When the lifecycle policy took effect (transient rules apply to objects added from then on). */
    public java.time.Instant lifecyclePolicyEffectiveSince() {
        return lifecyclePolicyPutAtMillis == null
                ? java.time.Instant.MIN
                : java.time.Instant.ofEpochMilli(lifecyclePolicyPutAtMillis);
    }

    ContainerRecord withDeleteRequestedAt(long millis) {
        return new ContainerRecord(
                name,
                endpointId,
                createdAtMillis,
                millis,
                accessLoggingEnabled,
                policy,
                corsPolicy,
                lifecyclePolicy,
                lifecyclePolicyPutAtMillis,
                metricPolicy,
                tags);
    }

    ContainerRecord withAccessLogging(boolean enabled) {
        return new ContainerRecord(
                name,
                endpointId,
                createdAtMillis,
                deleteRequestedAtMillis,
                enabled,
                policy,
                corsPolicy,
                lifecyclePolicy,
                lifecyclePolicyPutAtMillis,
                metricPolicy,
                tags);
    }

    ContainerRecord withPolicy(String value) {
        return new ContainerRecord(
                name,
                endpointId,
                createdAtMillis,
                deleteRequestedAtMillis,
                accessLoggingEnabled,
                value,
                corsPolicy,
                lifecyclePolicy,
                lifecyclePolicyPutAtMillis,
                metricPolicy,
                tags);
    }

    ContainerRecord withCorsPolicy(List<CorsRule> value) {
        return new ContainerRecord(
                name,
                endpointId,
                createdAtMillis,
                deleteRequestedAtMillis,
                accessLoggingEnabled,
                policy,
                value,
                lifecyclePolicy,
                lifecyclePolicyPutAtMillis,
                metricPolicy,
                tags);
    }

    ContainerRecord withLifecyclePolicy(String value, Long putAtMillis) {
        return new ContainerRecord(
                name,
                endpointId,
                createdAtMillis,
                deleteRequestedAtMillis,
                accessLoggingEnabled,
                policy,
                corsPolicy,
                value,
                putAtMillis,
                metricPolicy,
                tags);
    }

    ContainerRecord withMetricPolicy(MetricPolicy value) {
        return new ContainerRecord(
                name,
                endpointId,
                createdAtMillis,
                deleteRequestedAtMillis,
                accessLoggingEnabled,
                policy,
                corsPolicy,
                lifecyclePolicy,
                lifecyclePolicyPutAtMillis,
                value,
                tags);
    }

    ContainerRecord withTags(Map<String, String> value) {
        return new ContainerRecord(
                name,
                endpointId,
                createdAtMillis,
                deleteRequestedAtMillis,
                accessLoggingEnabled,
                policy,
                corsPolicy,
                lifecyclePolicy,
                lifecyclePolicyPutAtMillis,
                metricPolicy,
                value);
    }
}
