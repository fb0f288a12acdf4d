package io.mediaplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.mediaplane.support.TestDatabases;
import io.mediaplane.support.TestServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server process says, and leaves behind, when it cannot start for a reason the user can fix. */
class MainIT {
    record Run(int exit, List<String> lines) {}

    @Test
    void aTakenPortIsOneLineNamingThePortAndItsFlagAndTouchesNothing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run run = main("--port", Integer.toString(port), "--data-dir", data.toString());
            assertNotEquals(0, run.exit());
            assertEquals(
                    List.of("mediaplane: port " + port + " (127.0.0.1:" + port
                            + ") is already in use; choose another with --port (or MEDIAPLANE_PORT)"),
                    run.lines());
        }
        assertFalse(Files.exists(data), "no data dir was created");
    }

    @Test
    void aSecondServerOnTheSameSqliteDataDirRefusesInOneLine(@TempDir Path dir) throws Exception {
        assumeFalse(
                TestDatabases.postgres(), "the lock is SQLite's; servers sharing PostgreSQL are the multi-node mode");
        try (TestServer first = TestServer.start(c -> c.withDataDir(dir).withDbUrl(null))) {
            Run run = main("--port", "0", "--data-dir", dir.toString());
            assertNotEquals(0, run.exit());
            assertEquals(1, run.lines().size(), String.join("\n", run.lines()));
            assertTrue(
                    run.lines()
                            .get(0)
                            .startsWith("mediaplane: the data dir "
                                    + dir.toAbsolutePath().normalize()
                                    + " is in use by another Mediaplane server (pid "
                                    + ProcessHandle.current().pid()
                                    + ")"),
                    run.lines().get(0));
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(first.endpoint() + "/_mediaplane/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), "the first server runs on");
        }
    }

    /**
     * Runs the server's main class in a JVM of its own; returns its exit status and everything it
     * printed. A server that starts instead of refusing is stopped after a generous wait.
     */
    private static Run main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("mediaplane-main", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                fail("the server did not stop by itself:\n" + Files.readString(output));
            }
            return new Run(p.exitValue(), Files.readString(output).lines().toList());
        } finally {
            Files.delete(output);
        }
    }
}
