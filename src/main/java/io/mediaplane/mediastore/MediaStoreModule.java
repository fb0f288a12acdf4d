package io.mediaplane.mediastore;

import io.mediaplane.mediastore.data.DataEndpoint;
import io.mediaplane.mediastore.data.ObjectLifecycleStore;
import io.mediaplane.mediastore.data.ObjectStore;
import io.mediaplane.mediastore.data.accesslog.AccessLogFiles;
import io.mediaplane.mediastore.data.accesslog.AccessLogListener;
import io.mediaplane.mediastore.data.lifecycle.LifecycleSweeper;
import io.mediaplane.mediastore.data.metrics.MetricPolicyListener;
import io.mediaplane.module.BackgroundJob;
import io.mediaplane.module.ModuleContext;
import io.mediaplane.module.ServiceModule;
import io.mediaplane.protocol.Endpoint;
import java.time.Duration;
import java.util.List;

/**
 * AWS Elemental MediaStore: the container API on the shared endpoint, every container's data
 * endpoint ({@code /mediastore-data/<id>} and {@code <id>.data.mediastore.*}), the lifecycle
 * sweeper and the access-log writer.
 */
public final class MediaStoreModule implements ServiceModule {
    /** How often the lifecycle sweeper walks the containers (expired objects are hidden from reads meanwhile). */
    static final Duration LIFECYCLE_SWEEP_INTERVAL = Duration.ofSeconds(10);

    private final List<Endpoint<?>> endpoints;
    private final AccessLogListener accessLog;
    private final LifecycleSweeper sweeper;

    public MediaStoreModule(ModuleContext context) {
        ObjectStore objects =
                new ObjectStore(context.database(), context.config().dataDir());
        objects.recover(); // before any data request: unfinished uploads and unreferenced blobs go
        Containers containers = new Containers(
                context.database(),
                context.config().transition(),
                context.publicUrl() + DataEndpoint.PATH_PREFIX,
                objects::holdsObjects);
        var registry = context.metrics().registry();
        accessLog = new AccessLogListener(
                AccessLogFiles.under(context.config().dataDir()), AccessLogListener.DEFAULT_CAPACITY, registry);
        sweeper = new LifecycleSweeper(
                new ObjectLifecycleStore(containers, objects),
                context.clock(),
                LifecycleSweeper.DEFAULT_BATCH,
                registry);
        endpoints = List.of(
                Endpoint.api(MediaStoreService.spec(
                        containers, context.pageTokens(), context.config().quotas())),
                new DataEndpoint(
                        containers,
                        objects,
                        context.pageTokens(),
                        List.of(accessLog, new MetricPolicyListener(registry))));
    }

    @Override
    public List<Endpoint<?>> endpoints() {
        return endpoints;
    }

    @Override
    public List<BackgroundJob> jobs() {
        return List.of(
                BackgroundJob.of(
                        "access-log-writer", accessLog::startWriter, accessLog::close), // close writes what is queued
                BackgroundJob.of("lifecycle-sweeper", () -> sweeper.start(LIFECYCLE_SWEEP_INTERVAL), sweeper::close));
    }

    /** The lifecycle sweeper (tests run a sweep with {@link LifecycleSweeper#sweepNow}). */
    public LifecycleSweeper lifecycleSweeper() {
        return sweeper;
    }
}
