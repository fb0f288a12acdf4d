package io.mediaplane.mediastoredata;

import io.mediaplane.mediastore.ContainerRecord;
import io.mediaplane.mediastore.policy.LifecyclePolicy;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an object is past the lifetime its container's lifecycle policy gives it: such objects
 * are no longer served or listed, even before the sweeper deletes them. Parsed policies are
 * cached by their text.
 */
final class Expiry {
    private static final int CACHE_LIMIT = 1024;
    private final ConcurrentHashMap<String, LifecyclePolicy> parsed = new ConcurrentHashMap<>();

    boolean expired(ContainerRecord container, String path, Instant createdAt, Instant now) {
        String json = container.lifecyclePolicy();
        if (json == null) {
            return false;
        }
        LifecyclePolicy policy = parsed.get(json);
        if (policy == null) {
            if (parsed.size() >= CACHE_LIMIT) {
                parsed.clear();
            }
            policy = LifecyclePolicy.parse(json);
            parsed.put(json, policy);
        }
        return policy.expiresAt(path, createdAt, container.lifecyclePolicyEffectiveSince()).map(at -> !now.isBefore(at)).orElse(false);
    }
}
