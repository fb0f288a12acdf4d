package io.mediaplane.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;

/**
 * Readers that stop reading are cut off by the idle timeout: ordinary client behaviour, logged as
 * one rate-limited INFO line for all of them, never as an ERROR with a stack trace per reader.
 */
class SlowReaderIT {
    private static final int READERS = 12;

    @Test
    void slowReadersCutOffLogOneLineNotStackTraces() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        List<Socket> readers = new ArrayList<>();
        try (TestServer server = TestServer.start(
                        c -> c.withBodyIdleTimeout(Duration.ofSeconds(3)).withAuth("none"));
                MediaStoreClient control = Clients.mediaStore(server.endpoint())) {
            control.createContainer(r -> r.containerName("slow"));
            server.settle();
            String endpoint = control.describeContainer(r -> r.containerName("slow"))
                    .container()
                    .endpoint();
            Clients.mediaStoreData(endpoint)
                    .putObject(r -> r.path("big.bin"), RequestBody.fromBytes(new byte[8 << 20]));
            URI uri = URI.create(endpoint);
            for (int i = 0; i < READERS; i++) {
                Socket s = new Socket();
                s.setReceiveBufferSize(4096);
                s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
                s.getOutputStream()
                        .write(("GET " + uri.getPath() + "/big.bin HTTP/1.1\r\nHost: " + uri.getAuthority()
                                        + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                readers.add(s); // ... and never read
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (answeredGets(server) < READERS) {
                assertTrue(System.nanoTime() < deadline, "the server never cut the slow readers off");
                Thread.sleep(50);
            }
        } finally {
            for (Socket s : readers) {
                s.close();
            }
            root.detachAppender(log);
        }
        List<ILoggingEvent> events = log.list.stream()
                .filter(e -> e.getLoggerName().startsWith("io.mediaplane"))
                .toList();
        assertTrue(
                events.stream().noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN)),
                "nothing above INFO: " + events);
        assertTrue(events.stream().noneMatch(e -> e.getThrowableProxy() != null), "no stack trace: " + events);
        long cutOffLines = events.stream()
                .filter(e -> e.getFormattedMessage().startsWith("client cut off"))
                .count();
        assertTrue(cutOffLines >= 1 && cutOffLines <= 2, READERS + " readers, " + cutOffLines + " lines: " + events);
    }

    /** GetObject requests the server has finished with (answered, or cut off mid-answer), from its metrics. */
    private static int answeredGets(TestServer server) throws Exception {
        String metrics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint().resolve("/_mediaplane/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("mediaplane_requests_total\\{operation=\"GetObject\",[^}]*} ([0-9.]+)")
                .matcher(metrics);
        int total = 0;
        while (m.find()) {
            total += (int) Double.parseDouble(m.group(1));
        }
        return total;
    }
}
