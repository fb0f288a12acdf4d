package io.mediaplane.mediastore.data.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A lifecycle store in memory: containers with objects in path order, and a hook run before each delete. */
final class InMemoryLifecycleStore implements LifecycleStore {
    final Map<String, Container> containers = new TreeMap<>();
    final Map<String, TreeMap<String, StoredObject>> objects = new TreeMap<>();
    final AtomicInteger listCalls = new AtomicInteger();
    /** Containers whose listing fails, as a database error would. */
    final java.util.Set<String> failing = new java.util.HashSet<>();

    private final AtomicInteger versions = new AtomicInteger();
    Runnable beforeDelete = () -> {};

    void container(String id, String policy) {
        container(id, policy, Instant.MIN);
    }

    void container(String id, String policy, Instant effectiveSince) {
        containers.put(id, new Container(id, "name-" + id, policy, effectiveSince));
        objects.computeIfAbsent(id, k -> new TreeMap<>());
    }

    void put(String containerId, String path, Instant createdAt) {
        objects.computeIfAbsent(containerId, k -> new TreeMap<>())
                .put(path, new StoredObject(path, createdAt, "v" + versions.incrementAndGet()));
    }

    List<String> paths(String containerId) {
        return new ArrayList<>(objects.get(containerId).keySet());
    }

    @Override
    public List<Container> containersWithLifecyclePolicy(Instant now) {
        return containers.values().stream()
                .filter(c -> c.lifecyclePolicy() != null)
                .toList();
    }

    @Override
    public List<StoredObject> objects(String containerId, String afterPath, int limit) {
        listCalls.incrementAndGet();
        if (failing.contains(containerId)) {
            throw new IllegalStateException("listing " + containerId + " failed");
        }
        return objects.get(containerId).tailMap(afterPath, false).values().stream()
                .limit(limit)
                .toList();
    }

    @Override
    public boolean deleteIfUnchanged(String containerId, StoredObject object) {
        beforeDelete.run();
        TreeMap<String, StoredObject> map = objects.get(containerId);
        StoredObject current = map.get(object.path());
        if (current == null || !current.version().equals(object.version())) {
            return false;
        }
        map.remove(object.path());
        return true;
    }
}
