package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.mediaconnect.ResourceShapes.Entitlement;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.mediaconnect.ResourceShapes.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flow as kept in the metadata store (one JSON document). Its status is not stored: it follows
 * from the timestamps in {@link Lifecycle} (see {@link Flows#status}).
 *
 * @param key              the flow's storage key, also embedded in the ids of its source, outputs
 *                         and entitlements so that any of their ARNs leads back to the flow
 * @param id               the id in the flow's ARN
 * @param sources          one source, or two with failover; the first is primary
 * @param entitlementFlows entitlement ARN to the ARN of the subscriber flow that uses it
 * @param other            flow-level request members this server does not model, echoed back
 */
public record FlowRecord(
        String key,
        String id,
        String name,
        long createdAtMillis,
        Lifecycle lifecycle,
        String availabilityZone,
        String description,
        List<Source> sources,
        List<Output> outputs,
        List<Entitlement> entitlements,
        Map<String, String> entitlementFlows,
        Map<String, String> tags,
        Map<String, JsonNode> other) {

    public FlowRecord {
        sources = List.copyOf(sources);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        entitlements = entitlements == null ? List.of() : List.copyOf(entitlements);
        entitlementFlows = frozen(entitlementFlows);
        tags = frozen(tags);
        other = Members.copy(other);
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The primary source. */
    Source source() {
        return sources.get(0);
    }

    /** Whether the flow's source is another account's entitlement. */
    boolean entitled() {
        return source().entitlementArn() != null;
    }

    FlowRecord withLifecycle(Lifecycle value) {
        return new FlowRecord(
                key,
                id,
                name,
                createdAtMillis,
                value,
                availabilityZone,
                description,
                sources,
                outputs,
                entitlements,
                entitlementFlows,
                tags,
                other);
    }

    FlowRecord withSources(List<Source> value) {
        return new FlowRecord(
                key,
                id,
                name,
                createdAtMillis,
                lifecycle,
                availabilityZone,
                description,
                value,
                outputs,
                entitlements,
                entitlementFlows,
                tags,
                other);
    }

    FlowRecord withOutputs(List<Output> value) {
        return new FlowRecord(
                key,
                id,
                name,
                createdAtMillis,
                lifecycle,
                availabilityZone,
                description,
                sources,
                value,
                entitlements,
                entitlementFlows,
                tags,
                other);
    }

    FlowRecord withEntitlements(List<Entitlement> value, Map<String, String> flows) {
        return new FlowRecord(
                key,
                id,
                name,
                createdAtMillis,
                lifecycle,
                availabilityZone,
                description,
                sources,
                outputs,
                value,
                flows,
                tags,
                other);
    }

    FlowRecord withTags(Map<String, String> value) {
        return new FlowRecord(
                key,
                id,
                name,
                createdAtMillis,
                lifecycle,
                availabilityZone,
                description,
                sources,
                outputs,
                entitlements,
                entitlementFlows,
                value,
                other);
    }

    /**
     * When the flow's state last changed. A flow is running from {@code startedAtMillis} until it
     * is stopped; {@code error} is set when the runtime could not run it as planned.
     */
    public record Lifecycle(
            Long startedAtMillis,
            Long stoppedAtMillis,
            Long updatedAtMillis,
            Long deleteRequestedAtMillis,
            String error) {
        static final Lifecycle NEW = new Lifecycle(null, null, null, null, null);

        boolean running() {
            return startedAtMillis != null;
        }

        Lifecycle started(long at) {
            return new Lifecycle(at, null, updatedAtMillis, null, null);
        }

        Lifecycle stopped(long at) {
            return new Lifecycle(null, at, updatedAtMillis, null, null);
        }

        Lifecycle updated(long at) {
            return new Lifecycle(startedAtMillis, stoppedAtMillis, at, deleteRequestedAtMillis, error);
        }

        Lifecycle deleteRequested(long at) {
            return new Lifecycle(null, stoppedAtMillis, updatedAtMillis, at, null);
        }

        Lifecycle failed(String message) {
            return new Lifecycle(startedAtMillis, stoppedAtMillis, updatedAtMillis, deleteRequestedAtMillis, message);
        }
    }
}
