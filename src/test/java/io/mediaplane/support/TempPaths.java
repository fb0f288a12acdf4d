package io.mediaplane.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary files and directories the test servers make (data directories, credential files),
 * deleted when the test JVM exits: a server may be restarted on them, or read after it stopped, until
 * then, and nothing is left in the temporary directory afterwards.
 */
public final class TempPaths {
    private static final List<Path> PATHS = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PATHS.forEach(TempPaths::deleteQuietly)));
    }

    private TempPaths() {}

    /** A new temporary directory, deleted with everything in it when the JVM exits. */
    public static Path directory(String prefix) throws IOException {
        return register(Files.createTempDirectory(prefix));
    }

    /** A new temporary file, deleted when the JVM exits. */
    public static Path file(String prefix, String suffix) throws IOException {
        return register(Files.createTempFile(prefix, suffix));
    }

    private static Path register(Path path) {
        PATHS.add(path);
        return path;
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort at exit: a file still open elsewhere is left
        }
    }
}
