package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestDatabases;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/**
 * kill -9 during concurrent uploads: the real server runs as a child JVM, is killed with uploads
 * in flight, restarted on the same data, and must hold every acknowledged object intact (SHA-256),
 * no partial object, and no stray temp or unreferenced blob files.
 */
class CrashRecoveryIT {
    private static final int UPLOADERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 30;

    @Test
    void acknowledgedObjectsSurviveKillNineAndPartialOnesNeverAppear(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        String dbUrl = TestDatabases.newDatabaseUrl();
        Process server = launch(port, dataDir, dbUrl);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> attempted = new ConcurrentHashMap<>();
        String endpoint;
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            MediaStoreClient control = Clients.mediaStore(base);
            control.createContainer(r -> r.containerName("crash"));
            endpoint = awaitEndpoint(control);
            MediaStoreDataClient client = Clients.mediaStoreData(endpoint);

            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger();
            List<Thread> uploaders = new ArrayList<>();
            for (int u = 0; u < UPLOADERS; u++) {
                uploaders.add(Thread.ofPlatform().start(() -> {
                    while (!killed.get()) {
                        int n = sequence.incrementAndGet();
                        byte[] body = MediaStoreDataIT.bytes(64 * 1024 + (n % 7) * 150_000, n);
                        String path = "up/" + (n % 5) + "/obj" + n + ".bin";
                        try {
                            String sha = MediaStoreDataIT.sha256(body);
                            attempted.put(path, sha);
                            String returned = client.putObject(r -> r.path(path), RequestBody.fromBytes(body))
                                    .contentSHA256();
                            assertEquals(sha, returned);
                            acknowledged.put(path, sha);
                        } catch (Exception e) {
                            if (!killed.get()) {
                                throw new IllegalStateException("upload failed before the kill", e);
                            }
                        }
                    }
                }));
            }
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
                Thread.sleep(10);
            }
            killed.set(true);
            server.destroyForcibly().waitFor();
            for (Thread t : uploaders) {
                t.join();
            }
        } finally {
            server.destroyForcibly().waitFor();
        }

        Process again = launch(port, dataDir, dbUrl);
        try {
            MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
            assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
            for (var e : acknowledged.entrySet()) {
                byte[] got = client.getObjectAsBytes(r -> r.path(e.getKey())).asByteArray();
                assertEquals(e.getValue(), MediaStoreDataIT.sha256(got), "acknowledged object " + e.getKey());
            }
            int listed = 0;
            for (int folder = 0; folder < 5; folder++) {
                String f = "up/" + folder;
                for (var page : client.listItemsPaginator(r -> r.path(f))) {
                    for (var item : page.items()) {
                        String path = f + "/" + item.name();
                        String sha = attempted.get(path);
                        assertTrue(sha != null, "listed object was never uploaded: " + path);
                        byte[] got = client.getObjectAsBytes(r -> r.path(path)).asByteArray();
                        assertEquals(sha, MediaStoreDataIT.sha256(got), "a listed object is complete: " + path);
                        assertEquals(item.contentLength().longValue(), got.length);
                        listed++;
                    }
                }
            }
            for (String path : attempted.keySet()) {
                if (!acknowledged.containsKey(path)) {
                    try {
                        byte[] got = client.getObjectAsBytes(r -> r.path(path)).asByteArray();
                        assertEquals(
                                attempted.get(path),
                                MediaStoreDataIT.sha256(got),
                                "in-flight upload " + path + " is either absent or complete");
                    } catch (ObjectNotFoundException absent) {
                        // never committed: fine
                    }
                }
            }
            assertEquals(0, files(dataDir.resolve("objects/tmp")), "stray temp files are removed at start-up");
            assertEquals(listed, files(dataDir.resolve("objects/blobs")), "every blob belongs to a listed object");
        } finally {
            again.destroyForcibly().waitFor();
        }
    }

    private static Process launch(int port, Path dataDir, String dbUrl) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                // its native library where the test JVM keeps its own (this server is killed: nothing cleans up after
                // it)
                "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")),
                "-cp",
                System.getProperty("java.class.path"),
                "io.mediaplane.Main",
                "--port",
                String.valueOf(port),
                "--data-dir",
                dataDir.toString(),
                "--transition-ms",
                "100"));
        if (dbUrl != null) {
            command.addAll(List.of("--db-url", dbUrl));
        }
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("server.log").toFile()))
                .start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos(); // a JVM start on a busy machine
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited with " + p.exitValue());
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_mediaplane/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the server did not become ready");
    }

    private static String awaitEndpoint(MediaStoreClient control) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var c = control.describeContainer(r -> r.containerName("crash")).container();
            if (c.endpoint() != null) {
                return c.endpoint();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("container never became ACTIVE");
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
