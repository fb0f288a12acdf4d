package io.mediaplane.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Test helper: ACTIVE containers and their data endpoints, made with a {@link LiveServer}'s owner client. */
public final class Containers {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Containers() {}

    /** Creates a container with a fresh name, makes it ACTIVE and returns its data endpoint. */
    public static String activeEndpoint(LiveServer server, String label) {
        String name = label + "-" + COUNTER.incrementAndGet();
        server.mediaStore().createContainer(r -> r.containerName(name));
        server.settle();
        return server.mediaStore()
                .describeContainer(r -> r.containerName(name))
                .container()
                .endpoint();
    }

    /** The container name of an endpoint created by {@link #activeEndpoint} (for control-plane calls). */
    public static String nameOf(LiveServer server, String endpoint) {
        return server.mediaStore().listContainers(r -> r.maxResults(100)).containers().stream()
                .filter(c -> endpoint.equals(c.endpoint()))
                .findFirst()
                .orElseThrow()
                .name();
    }
}
