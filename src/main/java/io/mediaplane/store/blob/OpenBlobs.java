package io.mediaplane.store.blob;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blobs being read, kept open and mapped, the most recently used up to a byte budget. Blobs
 * never change once published, so one open file and one mapping serve every reader: the kernel
 * sends from the file ({@code sendfile}) or from the mapped page cache, with no read into a
 * buffer and no copy through the heap. Each read holds a {@link Lease}; a blob evicted or deleted
 * while leased stays open until its last reader is done (a mapping outlives even an unlink).
 */
public final class OpenBlobs {
    private static final Logger LOG = LoggerFactory.getLogger(OpenBlobs.class);

    private final long budgetBytes;
    private final int maxOpen;
    private final LinkedHashMap<String, Open> open = new LinkedHashMap<>(64, 0.75f, true);
    private long openBytes;

    /** The bytes of one blob for one reader; {@link #close} when sent. */
    public record Lease(ByteBuffer bytes, FileChannel file, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    public OpenBlobs(long budgetBytes, int maxOpen) {
        this.budgetBytes = budgetBytes;
        this.maxOpen = maxOpen;
    }

    /** A lease on a blob of {@code size} bytes; NoSuchFileException when it was unlinked and is not open. */
    public Lease lease(String blobId, Path file, long size) throws IOException {
        synchronized (this) {
            Open hit = open.get(blobId);
            if (hit != null) {
                return hit.lease();
            }
        }
        Open fresh = openBlob(blobId, file, size);
        synchronized (this) {
            Open raced = open.putIfAbsent(blobId, fresh);
            if (raced != null) {
                fresh.retire();
                return raced.lease();
            }
            openBytes += size;
            Lease lease = fresh.lease();
            evict();
            return lease;
        }
    }

    /** Stops keeping a blob open (it was unlinked); its readers finish with it. */
    public synchronized void forget(String blobId) {
        Open gone = open.remove(blobId);
        if (gone != null) {
            openBytes -= gone.size;
            gone.retire();
        }
    }

    private Open openBlob(String blobId, Path file, long size) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            if (channel.size() != size) {
                throw new IOException(
                        "blob " + blobId + " holds " + channel.size() + " bytes; its object says " + size);
            }
            ByteBuffer mapping =
                    size == 0 ? ByteBuffer.allocateDirect(0) : channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return new Open(blobId, channel, mapping.asReadOnlyBuffer(), size);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public synchronized int openCount() {
        return open.size();
    }

    private void evict() {
        Iterator<Map.Entry<String, Open>> eldest = open.entrySet().iterator();
        while ((openBytes > budgetBytes || open.size() > maxOpen) && eldest.hasNext()) {
            Open gone = eldest.next().getValue();
            eldest.remove();
            openBytes -= gone.size;
            gone.retire();
        }
    }

    /** One open, mapped blob and how many readers hold it. Guarded by the OpenBlobs lock. */
    private final class Open {
        final String blobId;
        final FileChannel channel;
        final ByteBuffer mapping;
        final long size;
        int readers;
        boolean retired;

        private Open(String blobId, FileChannel channel, ByteBuffer mapping, long size) {
            this.blobId = blobId;
            this.channel = channel;
            this.mapping = mapping;
            this.size = size;
        }

        Lease lease() {
            readers++;
            boolean[] released = {false};
            return new Lease(mapping.duplicate(), channel, () -> {
                synchronized (OpenBlobs.this) {
                    if (!released[0]) {
                        released[0] = true;
                        readers--;
                        closeIfDone();
                    }
                }
            });
        }

        void retire() {
            retired = true;
            closeIfDone();
        }

        private void closeIfDone() {
            if (retired && readers == 0) {
                try {
                    channel.close();
                } catch (IOException e) {
                    LOG.debug("closing blob {}", blobId, e);
                }
            }
        }
    }
}
