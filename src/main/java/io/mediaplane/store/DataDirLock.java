package io.mediaplane.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One server per SQLite data dir: an operating-system lock on {@code <database file>.lock}, held
 * from open to close. Two servers on one data dir would each keep their own caches and MediaConnect
 * flows over one database file, and each would delete the other's fresh blobs as unreferenced.
 * Several servers share one PostgreSQL database instead (no lock there).
 */
public final class DataDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock beside {@code database}, or throws {@link InUse} naming the server holding it. */
    static DataDirLock acquire(Path database) {
        Path file = database.resolveSibling(database.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) { // held by this process already
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new InUse(database.getParent(), holder);
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing left to release
        }
    }

    /** Another server (or this one) holds the data dir; the message is meant for the user. */
    public static final class InUse extends RuntimeException {
        InUse(Path dir, String pid) {
            super("the data dir " + dir + " is in use by another Mediaplane server"
                    + (pid.matches("\\d+") ? " (pid " + pid + ")" : "")
                    + ": with SQLite one server owns a data dir; stop that one or give this one its own --data-dir"
                    + " (several servers share one PostgreSQL database, --db-url)");
        }
    }
}
