package io.mediaplane.mediastore.data.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mediaplane.mediastore.ContainerRecord;
import io.mediaplane.mediastore.data.DataRequest;
import io.mediaplane.support.CapturedLog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogListenerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIELDS = List.of(
            "Path",
            "Requester",
            "AWSAccountId",
            "RequestID",
            "ContainerName",
            "TotalTime",
            "BytesReceived",
            "BytesSent",
            "ReceivedTime",
            "Operation",
            "ErrorCode",
            "Source",
            "HTTPStatus",
            "TurnAroundTime",
            "ExpiresAt");
    private static final String TRANSIENT = "{\"rules\":[{\"definition\":{\"path\":[{\"wildcard\":\"live/*.ts\"}],"
            + "\"seconds_since_create\":[{\"numeric\":[\">\",15]}]},\"action\":\"EXPIRE\"}]}";

    @TempDir
    Path dir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    static ContainerRecord container(String name, String endpointId, boolean logging, String lifecycle) {
        return new ContainerRecord(name, endpointId, 0, null, logging, null, null, lifecycle, null, null, Map.of());
    }

    static DataRequest request(
            ContainerRecord c, String operation, String path, int status, String error, String requester, Instant at) {
        return new DataRequest(
                c,
                operation,
                path,
                "PUT",
                "/" + path,
                status,
                error,
                1572864,
                184,
                1572864L,
                147,
                7,
                "req-" + at.toEpochMilli(),
                "192.0.2.3",
                requester,
                "aws-cli/2",
                null,
                "localhost",
                at,
                false);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private double dropped(String reason) {
        return registry.get("mediaplane.mediastore.access.log.dropped")
                .tag("reason", reason)
                .counter()
                .count();
    }

    @Test
    void writesOneRecordPerRequestWithMediaStoresFields() throws Exception {
        ContainerRecord live = container("LiveEvents", "ep1", true, TRANSIENT);
        Instant at = Instant.parse("2018-12-13T12:22:06.245Z");
        AccessLogFiles files = AccessLogFiles.under(dir);
        try (AccessLogListener log = AccessLogListener.start(files, 16, registry)) {
            log.completed(request(
                    live, "PutObject", "live/seg1.ts", 200, null, "arn:aws:iam::111122223333:user/maria-garcia", at));
            log.completed(request(
                    live, "GetObject", "FootballMatch/West", 404, "ObjectNotFoundException", null, at.plusMillis(10)));
            log.flush();
            Path file = dir.resolve("access-logs/LiveEvents/ep1/2018-12-13-12.log");
            assertEquals(file, files.file(live, at));
            List<JsonNode> records = lines(file);
            assertEquals(2, records.size());

            JsonNode put = records.get(0);
            assertEquals(FIELDS, names(put));
            assertEquals("/live/seg1.ts", put.get("Path").asText());
            assertEquals(
                    "arn:aws:iam::111122223333:user/maria-garcia",
                    put.get("Requester").asText());
            assertEquals("111122223333", put.get("AWSAccountId").asText());
            assertEquals("req-" + at.toEpochMilli(), put.get("RequestID").asText());
            assertEquals("LiveEvents", put.get("ContainerName").asText());
            assertEquals(147, put.get("TotalTime").asLong());
            assertEquals(1572864, put.get("BytesReceived").asLong());
            assertEquals(184, put.get("BytesSent").asLong());
            assertEquals("2018-12-13T12:22:06.245Z", put.get("ReceivedTime").asText());
            assertEquals("PutObject", put.get("Operation").asText());
            assertTrue(put.get("ErrorCode").isNull());
            assertEquals("192.0.2.3", put.get("Source").asText());
            assertEquals(200, put.get("HTTPStatus").asInt());
            assertEquals(7, put.get("TurnAroundTime").asLong());
            // "> 15" seconds: due 16 s after creation.
            assertEquals("2018-12-13T12:22:22Z", put.get("ExpiresAt").asText());

            JsonNode get = records.get(1);
            assertEquals("anonymous", get.get("Requester").asText());
            assertTrue(get.get("AWSAccountId").isNull());
            assertEquals("ObjectNotFoundException", get.get("ErrorCode").asText());
            assertEquals(404, get.get("HTTPStatus").asInt());
            assertTrue(get.get("ExpiresAt").isNull());
        }
    }

    @Test
    void noExpiresAtWhenNoTransientRuleMatches() throws Exception {
        ContainerRecord live = container("LiveEvents", "ep1", true, TRANSIENT);
        Instant at = Instant.parse("2018-12-13T12:22:06.245Z");
        try (AccessLogListener log = AccessLogListener.start(AccessLogFiles.under(dir), 16, registry)) {
            log.completed(request(live, "PutObject", "vod/seg1.ts", 200, null, null, at));
            log.completed(request(live, "PutObject", "live/seg2.ts", 400, "ValidationException", null, at));
            log.flush();
            for (JsonNode r : lines(dir.resolve("access-logs/LiveEvents/ep1/2018-12-13-12.log"))) {
                assertTrue(r.get("ExpiresAt").isNull());
            }
        }
    }

    @Test
    void containersWithoutAccessLoggingWriteNothing() throws Exception {
        ContainerRecord quiet = container("Quiet", "ep2", false, null);
        try (AccessLogListener log = AccessLogListener.start(AccessLogFiles.under(dir), 16, registry)) {
            log.completed(request(quiet, "GetObject", "a", 200, null, null, Instant.parse("2024-01-01T00:00:00Z")));
            log.flush();
        }
        assertFalse(Files.exists(dir.resolve("access-logs")));
        assertEquals(0, dropped("queue_full"));
    }

    @Test
    void oneFilePerUtcHourAndPerContainerEndpoint() throws Exception {
        ContainerRecord a = container("movies", "epA", true, null);
        ContainerRecord b = container("movies", "epB", true, null);
        try (AccessLogListener log = AccessLogListener.start(AccessLogFiles.under(dir), 16, registry)) {
            log.completed(request(a, "GetObject", "x", 200, null, null, Instant.parse("2024-05-01T10:59:59.999Z")));
            log.completed(request(a, "GetObject", "y", 200, null, null, Instant.parse("2024-05-01T11:00:00Z")));
            log.completed(request(b, "GetObject", "z", 200, null, null, Instant.parse("2024-05-01T11:00:01Z")));
            log.flush();
        }
        assertEquals(
                "/x",
                lines(dir.resolve("access-logs/movies/epA/2024-05-01-10.log"))
                        .get(0)
                        .get("Path")
                        .asText());
        assertEquals(
                "/y",
                lines(dir.resolve("access-logs/movies/epA/2024-05-01-11.log"))
                        .get(0)
                        .get("Path")
                        .asText());
        assertEquals(
                "/z",
                lines(dir.resolve("access-logs/movies/epB/2024-05-01-11.log"))
                        .get(0)
                        .get("Path")
                        .asText());
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        ContainerRecord c = container("busy", "ep", true, null);
        Instant at = Instant.parse("2024-05-01T10:00:00Z");
        AccessLogListener log = new AccessLogListener(AccessLogFiles.under(dir), 2, registry); // writer not running
        for (int i = 0; i < 5; i++) {
            log.completed(request(c, "GetObject", "o" + i, 200, null, null, at));
        }
        assertEquals(3, dropped("queue_full"));
        log.startWriter();
        log.close();
        List<JsonNode> written = lines(dir.resolve("access-logs/busy/ep/2024-05-01-10.log"));
        assertEquals(
                List.of("/o0", "/o1"),
                written.stream().map(n -> n.get("Path").asText()).toList());
    }

    @Test
    void closeWritesWhatIsQueuedAndLaterRecordsAreDropped() throws Exception {
        ContainerRecord c = container("c", "ep", true, null);
        Instant at = Instant.parse("2024-05-01T10:00:00Z");
        AccessLogListener log = AccessLogListener.start(AccessLogFiles.under(dir), 1000, registry);
        for (int i = 0; i < 100; i++) {
            log.completed(request(c, "GetObject", "o" + i, 200, null, null, at));
        }
        log.close();
        log.completed(request(c, "GetObject", "late", 200, null, null, at));
        assertEquals(
                100, lines(dir.resolve("access-logs/c/ep/2024-05-01-10.log")).size());
        assertEquals(1, dropped("queue_full"));
    }

    @Test
    void aWriteFailureIsCountedAndTheWriterKeepsGoing() throws Exception {
        Files.writeString(dir.resolve("access-logs"), "not a directory");
        ContainerRecord c = container("c", "ep", true, null);
        Path elsewhere = dir.resolve("other");
        try (CapturedLog warnings = CapturedLog.of(AccessLogWriter.class);
                AccessLogListener log = AccessLogListener.start(AccessLogFiles.under(dir), 16, registry)) {
            log.completed(request(c, "GetObject", "a", 200, null, null, Instant.parse("2024-05-01T10:00:00Z")));
            log.completed(request(c, "GetObject", "b", 200, null, null, Instant.parse("2024-05-01T10:00:00Z")));
            log.flush();
            assertEquals(2, dropped("write_failed"));
            assertFalse(warnings.at(Level.WARN).isEmpty(), "the failed write is logged");
        }
        try (AccessLogListener log = AccessLogListener.start(AccessLogFiles.under(elsewhere), 16, registry)) {
            log.completed(request(c, "GetObject", "c", 200, null, null, Instant.parse("2024-05-01T10:00:00Z")));
            log.flush();
            assertEquals(
                    1,
                    lines(elsewhere.resolve("access-logs/c/ep/2024-05-01-10.log"))
                            .size());
        }
    }
}
