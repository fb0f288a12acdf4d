package io.mediaplane.store.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable bytes on disk, for any service that stores objects: one immutable file per upload under
 * {@code <root>/blobs}, written as a temp file under {@code <root>/tmp}, fsynced, then renamed into
 * place atomically (and the directory fsynced). A blob file never changes after the rename; the
 * owning service unlinks it only once no metadata row names it, so a reader that has it open
 * always reads one whole version. The store knows nothing of services: limits, names and error
 * codes are the caller's.
 */
public final class BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(BlobStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path blobs;
    private final Path tmp;
    /** Hot blobs kept open and mapped for reading: 256 MiB and 1,024 files at most. */
    private final OpenBlobs open = new OpenBlobs(256L << 20, 1024);

    /** A store under {@code root} (created when missing), e.g. {@code <data-dir>/objects}. */
    public BlobStore(Path root) {
        this.blobs = root.resolve("blobs");
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blob store under " + root, e);
        }
    }

    /** A new temp file to upload into. */
    public StagedBlob stage() {
        String id = newId();
        try {
            return new StagedBlob(this, id, tmp.resolve(id + ".part"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp file in " + tmp, e);
        }
    }

    /** Moves a finished (fsynced) temp file to its blob path, durably. */
    void publish(Path tempFile, String blobId) throws IOException {
        Path target = path(blobId);
        Files.createDirectories(target.getParent());
        Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE);
        fsyncDirectory(target.getParent());
    }

    /** Where a published blob lives (files are fanned out by the first two hex digits of the id). */
    public Path path(String blobId) {
        return blobs.resolve(blobId.substring(0, 2)).resolve(blobId);
    }

    /**
     * A blob's bytes for reading, {@code size} long, from an open file and mapping shared by all
     * readers; NoSuchFileException when it was replaced and unlinked meanwhile. Close the lease when sent.
     */
    public OpenBlobs.Lease read(String blobId, long size) throws IOException {
        return open.lease(blobId, path(blobId), size);
    }

    /** Unlinks a blob no row names any more (readers holding its mapping finish with it). */
    public void delete(String blobId) {
        try {
            Files.deleteIfExists(path(blobId));
        } catch (IOException e) {
            LOG.warn("cannot delete blob {} (it is unreferenced; the next start-up removes it)", blobId, e);
        } finally {
            open.forget(blobId); // after the unlink, so no reader opens it again
        }
    }

    /** Start-up: removes temp files of uploads a previous run never finished. Returns how many. */
    public int removeTempFiles() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
                removed++;
            }
        }
        return removed;
    }

    /** Start-up: removes blob files no metadata row names (renamed into place, then the run died). */
    public int removeOrphans(Set<String> referenced) throws IOException {
        int[] removed = {0};
        forEachBlob(f -> {
            if (!referenced.contains(f.getFileName().toString())) {
                try {
                    Files.deleteIfExists(f);
                    removed[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return removed[0];
    }

    private void forEachBlob(Consumer<Path> action) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(blobs)) {
            for (Path dir : dirs) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    files.forEach(action);
                } catch (NoSuchFileException e) {
                    // removed meanwhile
                }
            }
        }
    }

    static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
