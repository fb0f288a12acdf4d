package io.mediaplane.module;

import io.mediaplane.protocol.Endpoint;
import java.util.List;

/**
 * One service as the server mounts it: its endpoints (specs, where they are reachable, their
 * hooks), its background jobs and its shutdown. The server lists module factories, one line per
 * service; the route table and health are built from what the modules declare.
 */
public interface ServiceModule extends AutoCloseable {
    /** Builds a module on the server's shared parts, once the metadata store is ready. */
    @FunctionalInterface
    interface Factory {
        ServiceModule create(ModuleContext context) throws Exception;
    }

    /** The service's endpoints: APIs on the shared endpoint and endpoints with addresses of their own. */
    List<Endpoint<?>> endpoints();

    /** Work beside the request path, started (in order) before requests reach the endpoints. */
    default List<BackgroundJob> jobs() {
        return List.of();
    }

    /** Releases what the module holds; called after the listener stopped and the jobs were closed. */
    @Override
    default void close() throws Exception {}
}
