package io.mediaplane.mediastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastore.model.ContainerStatus;
import software.amazon.awssdk.services.mediastore.model.Tag;

/** Every resource survives a restart, and concurrent writers to one container never lose a write. */
class PersistenceIT {
    @Test
    void containersAndTheirPoliciesSurviveARestart() throws Exception {
        try (TestServer server = TestServer.start()) {
            String endpoint;
            String token;
            try (MediaStoreClient client = Clients.mediaStore(server.endpoint())) {
                for (String n : List.of("keep-a", "keep-b", "keep-c")) {
                    client.createContainer(r -> r.containerName(n)
                            .tags(Tag.builder().key("k").value(n).build()));
                }
                MediaStoreIT.active(server, client, "keep-a");
                client.putContainerPolicy(
                        r -> r.containerName("keep-a").policy(MediaStoreIT.POLICY.formatted("keep-a")));
                client.putCorsPolicy(r -> r.containerName("keep-a").corsPolicy(MediaStoreIT.corsRule()));
                client.putLifecyclePolicy(r -> r.containerName("keep-a").lifecyclePolicy(MediaStoreIT.LIFECYCLE));
                client.startAccessLogging(r -> r.containerName("keep-a"));
                endpoint = client.describeContainer(r -> r.containerName("keep-a"))
                        .container()
                        .endpoint();
                token = client.listContainers(r -> r.maxResults(1)).nextToken();
            }
            server.restart();
            try (MediaStoreClient client = Clients.mediaStore(server.endpoint())) {
                var c = client.describeContainer(r -> r.containerName("keep-a")).container();
                assertEquals(ContainerStatus.ACTIVE, c.status());
                assertEquals(endpoint, c.endpoint());
                assertTrue(c.accessLoggingEnabled());
                assertEquals(
                        MediaStoreIT.POLICY.formatted("keep-a"),
                        client.getContainerPolicy(r -> r.containerName("keep-a"))
                                .policy());
                assertEquals(
                        List.of(MediaStoreIT.corsRule()),
                        client.getCorsPolicy(r -> r.containerName("keep-a")).corsPolicy());
                assertEquals(
                        MediaStoreIT.LIFECYCLE,
                        client.getLifecyclePolicy(r -> r.containerName("keep-a"))
                                .lifecyclePolicy());
                assertEquals(
                        List.of(Tag.builder().key("k").value("keep-a").build()),
                        client.listTagsForResource(r -> r.resource(c.arn())).tags());
                assertEquals(
                        List.of("keep-b", "keep-c"),
                        client.listContainers(r -> r.nextToken(token)).containers().stream()
                                .map(x -> x.name())
                                .toList(),
                        "pagination tokens survive a restart");
            }
        }
    }

    @Test
    void concurrentUpdatesToOneContainerNeverLoseAWrite() throws Exception {
        try (TestServer server = TestServer.start();
                MediaStoreClient client = Clients.mediaStore(server.endpoint())) {
            client.createContainer(r -> r.containerName("busy"));
            String arn = MediaStoreIT.active(server, client, "busy").arn();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<?>> writes = new java.util.ArrayList<>();
                for (int i = 0; i < 48; i++) {
                    String key = "key-" + i;
                    writes.add(pool.submit(() -> client.tagResource(r -> r.resource(arn)
                            .tags(Tag.builder().key(key).value("v").build()))));
                    if (i % 8 == 0) {
                        writes.add(pool.submit(() -> client.startAccessLogging(r -> r.containerName("busy"))));
                    }
                }
                for (Future<?> f : writes) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            Set<String> keys = client.listTagsForResource(r -> r.resource(arn)).tags().stream()
                    .map(Tag::key)
                    .collect(Collectors.toSet());
            assertEquals(48, keys.size(), "every concurrent TagResource kept: " + keys);
            assertTrue(client.describeContainer(r -> r.containerName("busy"))
                    .container()
                    .accessLoggingEnabled());
        }
    }
}
