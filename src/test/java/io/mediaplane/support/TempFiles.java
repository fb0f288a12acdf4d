package io.mediaplane.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing what tests put in the temp dir: a test run leaves nothing behind there. */
public final class TempFiles {
    private TempFiles() {}

    /** Deletes a file or a directory with everything in it; nothing to do when it is gone already. */
    public static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException gone) {
            // deleted already
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the tree when the test JVM exits (for what a whole run shares, e.g. media made once). */
    public static Path deleteAtExit(Path root) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root), "delete " + root.getFileName()));
        return root;
    }
}
