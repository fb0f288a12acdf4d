package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import io.mediaplane.auth.CredentialStore;
import io.mediaplane.auth.SigV4Verifier;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.aws.Regions;
import io.mediaplane.mediastore.ContainerRecord;
import io.mediaplane.mediastore.Containers;
import io.mediaplane.protocol.Authenticator;
import io.mediaplane.protocol.InputValidator;
import io.mediaplane.protocol.RequestPipeline;
import io.mediaplane.store.Database;
import io.mediaplane.store.ResourceTable;
import io.mediaplane.store.Scope;
import io.mediaplane.support.CapturedLog;
import io.mediaplane.support.FakeExchange;
import io.mediaplane.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data endpoint, on the request pipeline, tells its listeners about every finished request, failed ones included. */
class DataRequestListenerTest {
    @Test
    void everyFinishedRequestReachesTheListeners(@TempDir Path dir) throws Exception {
        MutableClock clock = new MutableClock();
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("m.db"), null, null);
                CapturedLog log = CapturedLog.of(DataEndpoint.class)) {
            Scope scope = new Scope("000000000000", "us-east-1");
            new ResourceTable<>(db, "mediastore/container", ContainerRecord.class)
                    .insert(
                            scope,
                            "movies",
                            "arn:aws:mediastore:us-east-1:000000000000:container/movies",
                            "abcdefghijklmn",
                            clock.instant(),
                            new ContainerRecord(
                                    "movies",
                                    "abcdefghijklmn",
                                    clock.instant().toEpochMilli(),
                                    null,
                                    false,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    Map.of()));
            clock.advance(Duration.ofSeconds(2));
            ObjectStore store = new ObjectStore(db, dir);
            Containers containers =
                    new Containers(db, Duration.ofSeconds(1), "http://x/mediastore-data", store::holdsObjects);
            List<DataRequest> seen = new ArrayList<>();
            RequestPipeline endpoint = new RequestPipeline(
                    List.of(new DataEndpoint(containers, store, new PageTokens(new byte[32]), List.of(seen::add, r -> {
                        throw new IllegalStateException("a failing listener never fails the request");
                    }))),
                    new Authenticator(
                            Authenticator.Mode.NONE,
                            new SigV4Verifier(CredentialStore.defaults(), clock),
                            "us-east-1",
                            Regions.aws()),
                    new InputValidator(),
                    (service, operation, status, nanos) -> {},
                    clock,
                    1 << 20);

            FakeExchange put = new FakeExchange(
                    "PUT",
                    "/mediastore-data/abcdefghijklmn//live/a.ts",
                    "",
                    Map.of("Content-Type", List.of("video/MP2T"), "User-Agent", List.of("test-agent")),
                    "hello".getBytes(StandardCharsets.UTF_8));
            endpoint.handle(put);
            assertEquals(200, put.responseStatus());
            FakeExchange missing =
                    new FakeExchange("GET", "/mediastore-data/abcdefghijklmn/none.ts", "", Map.of(), null);
            endpoint.handle(missing);
            assertEquals(404, missing.responseStatus());
            endpoint.handle(new FakeExchange("GET", "/mediastore-data/zzzzzzzzzzzzzz/a.ts", "", Map.of(), null));

            assertEquals(2, seen.size(), "requests to no container have no container to log to");
            var failures = log.at(Level.ERROR);
            assertEquals(2, failures.size(), "the failing listener is a bug worth an ERROR, once per request");
            assertEquals(
                    "a failing listener never fails the request",
                    failures.get(0).getThrowableProxy().getMessage());
            DataRequest first = seen.get(0);
            assertEquals("movies", first.container().name());
            assertEquals("PutObject", first.operation());
            assertEquals("live/a.ts", first.objectPath());
            assertEquals("PUT", first.httpMethod());
            assertEquals("/mediastore-data/abcdefghijklmn//live/a.ts", first.requestUri());
            assertEquals(200, first.httpStatus());
            assertNull(first.errorCode());
            assertEquals(5, first.bytesReceived());
            assertEquals(5L, first.objectSize());
            assertTrue(first.bytesSent() > 0);
            assertEquals("test-agent", first.userAgent());
            assertEquals("127.0.0.1", first.sourceIp());
            assertNull(first.requester(), "an unsigned request has no requester ARN");
            assertEquals(put.responseHeaders.get("x-amzn-RequestId"), first.requestId());
            DataRequest second = seen.get(1);
            assertEquals("GetObject", second.operation());
            assertEquals(404, second.httpStatus());
            assertEquals("ObjectNotFoundException", second.errorCode());
        }
    }
}
