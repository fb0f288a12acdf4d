package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.Containers;
import io.mediaplane.mediastore.data.lifecycle.LifecycleStore;
import java.time.Instant;
import java.util.List;

/** The lifecycle sweeper's view of the stores: ACTIVE containers with a policy, their objects, compare-and-delete. */
public final class ObjectLifecycleStore implements LifecycleStore {
    private final Containers containers;
    private final ObjectStore objects;

    public ObjectLifecycleStore(Containers containers, ObjectStore objects) {
        this.containers = containers;
        this.objects = objects;
    }

    @Override
    public List<Container> containersWithLifecyclePolicy(Instant now) {
        return containers.active(now, c -> c.lifecyclePolicy() != null).stream()
                .map(c ->
                        new Container(c.endpointId(), c.name(), c.lifecyclePolicy(), c.lifecyclePolicyEffectiveSince()))
                .toList();
    }

    @Override
    public List<StoredObject> objects(String containerId, String afterPath, int limit) {
        return objects.list(containerId, afterPath, limit).stream()
                .map(o -> new StoredObject(o.path(), o.createdAt(), o.blobId()))
                .toList();
    }

    @Override
    public boolean deleteIfUnchanged(String containerId, StoredObject object) {
        return objects.deleteIfUnchanged(containerId, object.path(), object.version());
    }
}
