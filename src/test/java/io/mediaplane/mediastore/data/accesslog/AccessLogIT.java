package io.mediaplane.mediastore.data.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/** Access logging on the real server: one JSON line per data request while enabled, none while disabled. */
class AccessLogIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    /** Every record logged for a container so far, in order. */
    private static List<JsonNode> records(String endpoint, String name) throws IOException {
        String endpointId = endpoint.substring(endpoint.lastIndexOf('/') + 1);
        Path dir = server.testServer()
                .config()
                .dataDir()
                .resolve("access-logs")
                .resolve(name)
                .resolve(endpointId);
        List<JsonNode> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    /** Waits (the writer is asynchronous) until the log holds a record of this request id; all records then. */
    private static List<JsonNode> awaitRecord(String endpoint, String name, String requestId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<JsonNode> all = records(endpoint, name);
            if (all.stream().anyMatch(r -> r.get("RequestID").asText().equals(requestId))) {
                return all;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no access-log record for request " + requestId + " in " + all);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void writesMediaStoreRecordsWhileEnabledAndNothingWhileDisabled() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "logged");
        String name = Containers.nameOf(server, endpoint);
        MediaStoreDataClient data = Clients.mediaStoreData(endpoint);

        String before = data.putObject(
                        r -> r.path("before.txt"),
                        RequestBody.fromBytes("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .responseMetadata()
                .requestId();
        server.mediaStore().startAccessLogging(r -> r.containerName(name));
        Instant started = Instant.now();
        String put = data.putObject(
                        r -> r.path("live/seg1.ts"),
                        RequestBody.fromBytes("0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .responseMetadata()
                .requestId();
        String get = data.getObjectAsBytes(r -> r.path("live/seg1.ts"))
                .response()
                .responseMetadata()
                .requestId();
        ObjectNotFoundException missing =
                assertThrows(ObjectNotFoundException.class, () -> data.describeObject(r -> r.path("nope.ts")));
        List<JsonNode> all = awaitRecord(endpoint, name, missing.requestId());

        assertEquals(
                List.of(put, get, missing.requestId()),
                all.stream().map(r -> r.get("RequestID").asText()).toList());
        assertFalse(all.stream().anyMatch(r -> r.get("RequestID").asText().equals(before)));
        JsonNode p = all.get(0);
        assertEquals(
                List.of(
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
                        "ExpiresAt"),
                fieldNames(p));
        assertEquals("/live/seg1.ts", p.get("Path").asText());
        assertEquals("arn:aws:iam::000000000000:root", p.get("Requester").asText());
        assertEquals("000000000000", p.get("AWSAccountId").asText());
        assertEquals(name, p.get("ContainerName").asText());
        assertEquals("PutObject", p.get("Operation").asText());
        assertEquals(10, p.get("BytesReceived").asLong());
        assertEquals(200, p.get("HTTPStatus").asInt());
        assertTrue(p.get("ErrorCode").isNull());
        assertEquals("127.0.0.1", p.get("Source").asText());
        assertFalse(Instant.parse(p.get("ReceivedTime").asText()).isBefore(started.minusSeconds(60)));

        JsonNode g = all.get(1);
        assertEquals("GetObject", g.get("Operation").asText());
        assertEquals(10, g.get("BytesSent").asLong());
        JsonNode m = all.get(2);
        assertEquals("DescribeObject", m.get("Operation").asText());
        assertEquals(404, m.get("HTTPStatus").asInt());
        assertEquals("ObjectNotFoundException", m.get("ErrorCode").asText());

        // Disabled: nothing. The writer keeps order, so once a later record appears, the one between is absent.
        server.mediaStore().stopAccessLogging(r -> r.containerName(name));
        String quiet = data.getObjectAsBytes(r -> r.path("live/seg1.ts"))
                .response()
                .responseMetadata()
                .requestId();
        server.mediaStore().startAccessLogging(r -> r.containerName(name));
        String again = data.deleteObject(r -> r.path("live/seg1.ts"))
                .responseMetadata()
                .requestId();
        List<String> ids = awaitRecord(endpoint, name, again).stream()
                .map(r -> r.get("RequestID").asText())
                .toList();
        assertEquals(List.of(put, get, missing.requestId(), again), ids);
        assertFalse(ids.contains(quiet));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
