package io.mediaplane.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a response body with a golden file under src/test/resources/golden. Run with
 * {@code -Dgolden.update=true} to (re)write the files, then review the diff like any code.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String name, byte[] actual) throws IOException {
        Path file = ROOT.resolve(name);
        String text = new String(actual, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n");
        }
        assertEquals(Files.readString(file).stripTrailing(), text, "response body differs from golden file " + file);
    }
}
