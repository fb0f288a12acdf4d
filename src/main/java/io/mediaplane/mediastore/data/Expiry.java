package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.ContainerRecord;
import io.mediaplane.mediastore.policy.LifecyclePolicy;
import java.time.Instant;

/**
 * Whether an object is past the lifetime its container's lifecycle policy gives it: such objects
 * are no longer served or listed, even before the sweeper deletes them.
 */
final class Expiry {

    boolean expired(ContainerRecord container, String path, Instant createdAt, Instant now) {
        return LifecyclePolicy.stored(container.lifecyclePolicy())
                .flatMap(p -> p.expiresAt(path, createdAt, container.lifecyclePolicyEffectiveSince()))
                .map(at -> !now.isBefore(at))
                .orElse(false);
    }
}
