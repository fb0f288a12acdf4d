package io.mediaplane.mediastore.data;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * STREAMING uploads in progress, by container and path. An upload is registered when it starts
 * and removed once its object is committed (or it failed), so a reader finds either the live
 * upload or the committed object, never neither.
 */
final class LiveObjects {
    private final ConcurrentHashMap<String, LiveUpload> uploads = new ConcurrentHashMap<>();

    private static String key(String containerId, String path) {
        return containerId + '\n' + path;
    }

    void start(String containerId, String path, LiveUpload upload) {
        uploads.put(key(containerId, path), upload);
    }

    Optional<LiveUpload> find(String containerId, String path) {
        return Optional.ofNullable(uploads.get(key(containerId, path)));
    }

    /** Unregisters this upload, unless a newer one for the same path replaced it. */
    void end(String containerId, String path, LiveUpload upload) {
        uploads.remove(key(containerId, path), upload);
    }
}
