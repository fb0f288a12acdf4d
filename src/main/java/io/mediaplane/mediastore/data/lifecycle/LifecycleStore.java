package io.mediaplane.mediastore.data.lifecycle;

import java.time.Instant;
import java.util.List;

/** What the lifecycle sweeper needs from the metadata store. */
public interface LifecycleStore {

    /**
     * A container to sweep.
     *
     * @param containerId the container's data endpoint id (objects are keyed by it)
     * @param name the container name, for logs
     * @param lifecyclePolicy the policy text as put
     * @param policyEffectiveSince when the policy was put (transient rules apply to objects added from then on)
     */
    record Container(String containerId, String name, String lifecyclePolicy, Instant policyEffectiveSince) {}

    /**
     * One stored object.
     *
     * @param path the object path, no leading slash
     * @param createdAt when this version was stored
     * @param version identifies this version; an overwrite changes it
     */
    record StoredObject(String path, Instant createdAt, String version) {}

    /** Every ACTIVE container that has a lifecycle policy at {@code now}. */
    List<Container> containersWithLifecyclePolicy(Instant now);

    /** Up to {@code limit} objects of a container whose paths sort after {@code afterPath} ("" from the start), in path order. */
    List<StoredObject> objects(String containerId, String afterPath, int limit);

    /** Deletes the object if it is still this version; false when it was overwritten or is gone. */
    boolean deleteIfUnchanged(String containerId, StoredObject object);
}
