package io.mediaplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher ({@code ./mediaplane}) keeps its start-up cache tied to the jar it was made from:
 * after the jar is replaced (as {@code ./mvnw verify} does), the next start records a new cache
 * instead of starting with one the JVM must refuse. Runs the real script on a stand-in jar whose
 * main class says, through the JVM's class-loading log, whether it came from the cache.
 */
class LauncherIT {
    private static final Path SCRIPT = Path.of("mediaplane").toAbsolutePath();
    private static final String CACHED = Probe.class.getName() + " source: shared objects file";
    private static final String RECORDING = "mediaplane: recording the start-up cache";

    /** The stand-in server: does nothing, in a way the JVM can cache. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("probe ran with " + String.join(" ", args));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"appcds", "aot"})
    void aReplacedJarGetsANewCacheInsteadOfTheStaleOne(String kind, @TempDir Path project) throws Exception {
        assumeTrue(kind.equals("appcds") || Runtime.version().feature() >= 25, "the AOT cache needs JDK 25");
        Files.copy(SCRIPT, project.resolve("mediaplane"));
        Path jar = project.resolve("target/mediaplane.jar");
        Files.createDirectories(jar.getParent());
        writeJar(jar, List.of());

        String first = launch(project, kind);
        assertTrue(first.contains(RECORDING), "the first start records the cache:\n" + first);
        assertTrue(first.contains(CACHED), "and starts from it:\n" + first);

        String again = launch(project, kind);
        assertFalse(again.contains(RECORDING), "an unchanged jar keeps its cache:\n" + again);
        assertTrue(again.contains(CACHED), again);

        // a new build of the jar: other bytes, a later modification time
        writeJar(jar, List.of("rebuilt.txt"));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        String rebuilt = launch(project, kind);
        assertTrue(rebuilt.contains(RECORDING), "a replaced jar gets a new cache:\n" + rebuilt);
        assertTrue(rebuilt.contains(CACHED), "and the start uses it, not the stale one:\n" + rebuilt);
    }

    /** Runs {@code mediaplane --port 0} in the project; returns what it printed. */
    private static String launch(Path project, String kind) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        "bash", project.resolve("mediaplane").toString(), "--port", "0")
                .directory(project.toFile())
                .redirectErrorStream(true);
        pb.environment().remove("MEDIAPLANE_JAVA_OPTS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("MEDIAPLANE_START_CACHE", kind);
        pb.environment().put("MEDIAPLANE_JAVA_OPTS", "-Xlog:class+load=info");
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher finished");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("probe ran with --port 0"), text);
        return text;
    }

    private static void writeJar(Path jar, List<String> extra) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        String classFile = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream bytes = Probe.class.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(out);
            for (String name : extra) {
                out.putNextEntry(new JarEntry(name));
                out.write(name.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
