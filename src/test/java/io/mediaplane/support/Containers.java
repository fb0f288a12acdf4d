package io.mediaplane.support;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;

/** Test helper: ACTIVE containers and their data endpoints. */
public final class Containers {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Containers() {
    }

    /** Creates a container with a fresh name, makes it ACTIVE and returns its data endpoint. */
    public static String activeEndpoint(TestServer server, MediaStoreClient client, String label) {
        String name = label + "-" + COUNTER.incrementAndGet();
        client.createContainer(r -> r.containerName(name));
        server.settle();
        return client.describeContainer(r -> r.containerName(name)).container().endpoint();
    }

    /** The container name of an endpoint created by {@link #activeEndpoint} (for control-plane calls). */
    public static String nameOf(MediaStoreClient client, String endpoint) {
        return client.listContainers(r -> r.maxResults(100)).containers().stream()
                .filter(c -> endpoint.equals(c.endpoint())).findFirst().orElseThrow().name();
    }
}
