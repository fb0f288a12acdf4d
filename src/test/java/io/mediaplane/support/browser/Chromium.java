package io.mediaplane.support.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven over the DevTools protocol: one browser process per instance
 * with a fresh profile, pages opened with {@link #newPage()}. Close it to stop the browser and
 * delete the profile.
 */
public final class Chromium implements AutoCloseable {
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-port=0",
            "--autoplay-policy=no-user-gesture-required");
    /** Generous: on a busy machine a browser start has taken tens of seconds. */
    private static final long START_TIMEOUT_MS = 120_000;

    private final Process process;
    private final Path home;
    private final DevTools devTools;

    private Chromium(Process process, Path home, DevTools devTools) {
        this.process = process;
        this.home = home;
        this.devTools = devTools;
    }

    /** The browser executable: {@code -Dmediaplane.chromium}, else {@code chromium} on the PATH. */
    public static Optional<Path> executable() {
        String configured = System.getProperty("mediaplane.chromium");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(dir -> Path.of(dir, "chromium"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Skips the calling test where no Chromium is installed, unless MEDIAPLANE_REQUIRE_BROWSER is
     * set (.ci/run sets it: there a missing browser is a failure, not a skip).
     */
    public static void assumeInstalled() {
        if (System.getenv("MEDIAPLANE_REQUIRE_BROWSER") != null) {
            if (executable().isEmpty()) {
                throw new AssertionError("MEDIAPLANE_REQUIRE_BROWSER is set but no chromium is on the PATH");
            }
            return;
        }
        Assumptions.assumeTrue(
                executable().isPresent(),
                "player tests skipped: no chromium on the PATH (apt-get install chromium; .ci/run installs it)");
    }

    public static Chromium launch() throws IOException {
        Path exe = executable().orElseThrow(() -> new IllegalStateException("no chromium on the PATH"));
        Path home = Files.createTempDirectory("mediaplane-chromium");
        Path profile = Files.createDirectories(home.resolve("profile"));
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("chromium.log").toFile());
        // whatever the browser writes outside its profile (temp files, caches, certificate store) stays in home too
        builder.environment()
                .put("TMPDIR", Files.createDirectories(home.resolve("tmp")).toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        Process process = builder.start();
        try {
            var devTools = DevTools.connect(browserUrl(process, home, profile.resolve("DevToolsActivePort")));
            return new Chromium(process, home, devTools);
        } catch (RuntimeException | IOException e) {
            stop(process);
            throw e;
        }
    }

    /** Opens a new tab on about:blank with console, runtime and network events recorded. */
    public BrowserPage newPage() {
        String targetId = devTools.send(null, "Target.createTarget", Map.of("url", "about:blank"))
                .get("targetId")
                .asText();
        String sessionId = devTools.send(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                .get("sessionId")
                .asText();
        return BrowserPage.attach(devTools, targetId, sessionId);
    }

    /** The browser's own output (stderr and stdout) so far, for failure messages. */
    public String log() {
        try {
            return Files.readString(home.resolve("chromium.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            devTools.send(null, "Browser.close", Map.of());
        } catch (RuntimeException e) {
            // the browser may close the connection before answering; the process is stopped below
        }
        devTools.close();
        stop(process);
        deleteTree(home);
    }

    private static URI browserUrl(Process process, Path home, Path portFile) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim()
                            + lines.get(1).trim());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("chromium exited with " + process.exitValue() + ":\n"
                        + Files.readString(home.resolve("chromium.log")));
            }
            pause(50);
        }
        throw new IllegalStateException("chromium wrote no DevToolsActivePort within " + START_TIMEOUT_MS + " ms:\n"
                + Files.readString(home.resolve("chromium.log")));
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the browser's temp directory; a renderer may still write into the profile as it exits, so retry. */
    private static void deleteTree(Path root) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
                pause(500);
            }
        }
    }
}
