package io.mediaplane.mediastore.data;

import io.mediaplane.store.Database;
import io.mediaplane.store.ReadCache;
import io.mediaplane.store.StoreException;
import io.mediaplane.store.blob.BlobStore;
import io.mediaplane.store.blob.OpenBlobs;
import io.mediaplane.store.blob.StagedBlob;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The objects of every container: metadata rows in the {@code objects} table, bytes in the
 * {@link BlobStore}. A row is written only after its blob is durable; an overwrite swaps the row's
 * blob in one compare-and-set and unlinks the old blob afterwards, so readers see one whole
 * version or the other and concurrent writers end with exactly one complete winner (the last to
 * commit). This is also the API of the lifecycle sweeper: {@link #list} and
 * {@link #deleteIfUnchanged}.
 */
public final class ObjectStore {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectStore.class);
    private static final String COLUMNS =
            "container_id, path, blob_id, size, sha256, etag, content_type, cache_control," + " created_at";
    private static final int MAX_ATTEMPTS = 1000;

    private final Database db;
    private final BlobStore blobs;
    private final ReadCache<ObjectKey, ObjectRecord> rows = new ReadCache<>(1_000_000_000L, 100_000);

    public ObjectStore(Database db, Path dataDir) {
        this.db = db;
        this.blobs = new BlobStore(dataDir.resolve("objects"));
    }

    BlobStore blobs() {
        return blobs;
    }

    /**
     * Start-up recovery, before any data request is served: removes temp files of unfinished
     * uploads and blob files no row names (an upload whose metadata never committed).
     */
    public void recover() {
        try {
            int temps = blobs.removeTempFiles();
            Set<String> referenced = new HashSet<>();
            query("SELECT blob_id FROM objects", rs -> referenced.add(rs.getString(1)));
            int orphans = blobs.removeOrphans(referenced);
            if (temps + orphans > 0) {
                LOG.info(
                        "object store recovery: removed {} unfinished uploads and {} unreferenced blobs",
                        temps,
                        orphans);
            }
        } catch (IOException e) {
            throw new StoreException("cannot recover the blob store", e);
        }
    }

    /** The committed object at a path, if any (expiry is the caller's business). */
    public Optional<ObjectRecord> get(String containerId, String path) {
        List<ObjectRecord> found = new ArrayList<>(1);
        query(
                "SELECT " + COLUMNS + " FROM objects WHERE container_id = ? AND path = ?",
                rs -> found.add(read(rs)),
                containerId,
                path);
        return found.stream().findFirst();
    }

    /**
     * Every object of a container in path order, with its created time: what the lifecycle
     * sweeper walks. Pair with {@link #deleteIfUnchanged} so a version written meanwhile survives.
     */
    public List<ObjectRecord> list(String containerId) {
        List<ObjectRecord> out = new ArrayList<>();
        query("SELECT " + COLUMNS + " FROM objects WHERE container_id = ?", rs -> out.add(read(rs)), containerId);
        out.sort(Comparator.comparing(ObjectRecord::path));
        return out;
    }

    /**
     * Up to {@code limit} objects of a container whose paths sort after {@code afterPath} ("" from the start), in
     * the database's path order: the lifecycle sweeper's batches.
     */
    public List<ObjectRecord> list(String containerId, String afterPath, int limit) {
        List<ObjectRecord> out = new ArrayList<>();
        query(
                "SELECT " + COLUMNS + " FROM objects WHERE container_id = ? AND path > ? ORDER BY path LIMIT ?",
                rs -> out.add(read(rs)),
                containerId,
                afterPath,
                limit);
        return out;
    }

    /** Every object at or below a folder prefix ({@code "a/b/"}; {@code ""}: the whole container), in path order. */
    List<ObjectRecord> below(String containerId, String folder) {
        if (folder.isEmpty()) {
            return list(containerId);
        }
        List<ObjectRecord> out = new ArrayList<>();
        query(
                "SELECT " + COLUMNS + " FROM objects WHERE container_id = ? AND substr(path, 1, ?) = ?",
                rs -> out.add(read(rs)),
                containerId,
                folder.length(),
                folder);
        out.sort(Comparator.comparing(ObjectRecord::path));
        return out;
    }

    /** Whether a container still holds any object (DeleteContainer refuses it then). */
    public boolean holdsObjects(String containerId) {
        boolean[] any = {false};
        query("SELECT 1 FROM objects WHERE container_id = ? LIMIT 1", rs -> any[0] = true, containerId);
        return any[0];
    }

    /**
     * Publishes a finished upload as the object at {@code path}, replacing whatever was there.
     * The blob is made durable first, then the row swapped; the replaced blob is unlinked last.
     */
    ObjectRecord commit(
            String containerId, String path, StagedBlob staged, String contentType, String cacheControl, Instant now)
            throws IOException {
        String sha = staged.finish();
        staged.publish();
        ObjectRecord next = new ObjectRecord(
                containerId,
                path,
                staged.blobId(),
                staged.size(),
                sha,
                ObjectRecord.eTagOf(sha),
                contentType,
                cacheControl,
                now);
        try {
            Optional<String> replaced;
            try {
                replaced = swap(next);
            } finally {
                rows.invalidate(new ObjectKey(containerId, path));
            }
            replaced.ifPresent(blobs::delete);
            return next;
        } catch (RuntimeException e) {
            blobs.delete(next.blobId());
            throw e;
        }
    }

    /** Deletes the object at a path; false when there is none. */
    public boolean delete(String containerId, String path) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<ObjectRecord> current = get(containerId, path);
            if (current.isEmpty()) {
                return false;
            }
            if (deleteIfUnchanged(containerId, path, current.get().blobId())) {
                return true;
            }
        }
        throw new StoreException("too much contention deleting " + path, null);
    }

    /**
     * Deletes the object at a path only if it is still the version with this blob id (the
     * sweeper's delete: an object overwritten since it was listed is left alone). False when
     * the object changed or is gone.
     */
    public boolean deleteIfUnchanged(String containerId, String path, String blobId) {
        int n = update(
                "DELETE FROM objects WHERE container_id = ? AND path = ? AND blob_id = ?", containerId, path, blobId);
        rows.invalidate(new ObjectKey(containerId, path));
        if (n == 1) {
            blobs.delete(blobId);
        }
        return n == 1;
    }

    /**
     * The committed object at a path as the read path sees it: from a short-lived cache in front of
     * the metadata store (this node's writes show at once, another node's within a second).
     */
    Optional<ObjectRecord> cached(String containerId, String path) {
        return rows.get(new ObjectKey(containerId, path), key -> get(key.containerId(), key.path()));
    }

    /**
     * The bytes of the object at a path with the version they belong to, following overwrites
     * that unlink the version just looked up. Empty when there is no object.
     */
    Optional<ObjectBytes> read(String containerId, String path) throws IOException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<ObjectRecord> found = cached(containerId, path);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ObjectBytes(
                        found.get(),
                        blobs.read(found.get().blobId(), found.get().size())));
            } catch (NoSuchFileException e) {
                rows.invalidate(new ObjectKey(containerId, path)); // replaced or deleted meanwhile: look again
            }
        }
        throw new StoreException("too much contention reading " + path, null);
    }

    /** A committed version and a lease on its immutable bytes (close it once they are sent). */
    record ObjectBytes(ObjectRecord record, OpenBlobs.Lease bytes) {}

    private record ObjectKey(String containerId, String path) {}

    /** Writes the row; returns the blob id it replaced, if any. Compare-and-set, retried. */
    private Optional<String> swap(ObjectRecord next) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<ObjectRecord> current = get(next.containerId(), next.path());
            if (current.isEmpty()) {
                try {
                    db.write(c -> {
                        try (Database.Prepared p = db.prepare(
                                c,
                                "INSERT INTO objects (" + COLUMNS
                                        + ", folder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                            return bind(
                                            p.statement(),
                                            next.containerId(),
                                            next.path(),
                                            next.blobId(),
                                            next.size(),
                                            next.sha256(),
                                            next.eTag(),
                                            next.contentType(),
                                            next.cacheControl(),
                                            next.createdAt().toEpochMilli(),
                                            ObjectPaths.folderOf(next.path()))
                                    .executeUpdate();
                        }
                    });
                    return Optional.empty();
                } catch (SQLException e) {
                    if (!isDuplicate(e)) {
                        throw new StoreException("cannot write object " + next.path(), e);
                    }
                    continue; // another writer inserted first: replace its version
                }
            }
            String old = current.get().blobId();
            int n = update(
                    "UPDATE objects SET blob_id = ?, size = ?, sha256 = ?, etag = ?, content_type = ?,"
                            + " cache_control = ?, created_at = ? WHERE container_id = ? AND path = ? AND blob_id = ?",
                    next.blobId(),
                    next.size(),
                    next.sha256(),
                    next.eTag(),
                    next.contentType(),
                    next.cacheControl(),
                    next.createdAt().toEpochMilli(),
                    next.containerId(),
                    next.path(),
                    old);
            if (n == 1) {
                return Optional.of(old);
            }
        }
        throw new StoreException("too much contention writing " + next.path(), null);
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... params) {
        try {
            db.read(c -> {
                try (Database.Prepared p = db.prepare(c, sql);
                        ResultSet rs = bind(p.statement(), params).executeQuery()) {
                    while (rs.next()) {
                        row.accept(rs);
                    }
                    return null;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read objects", e);
        }
    }

    private int update(String sql, Object... params) {
        try {
            return db.write(c -> {
                try (Database.Prepared p = db.prepare(c, sql)) {
                    return bind(p.statement(), params).executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write objects", e);
        }
    }

    private static PreparedStatement bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private static ObjectRecord read(ResultSet rs) throws SQLException {
        return new ObjectRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                Instant.ofEpochMilli(rs.getLong(9)));
    }

    private static boolean isDuplicate(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23")
                || e.getErrorCode() == 19
                || String.valueOf(e.getMessage()).contains("UNIQUE constraint failed");
    }
}
