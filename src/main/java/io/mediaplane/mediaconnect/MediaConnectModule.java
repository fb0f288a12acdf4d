package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.module.BackgroundJob;
import io.mediaplane.module.ModuleContext;
import io.mediaplane.module.ServiceModule;
import io.mediaplane.protocol.Endpoint;
import io.mediaplane.store.Database;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AWS Elemental MediaConnect: the flow API on the shared endpoint, the flows' ingest addresses and
 * quotas, and the flow runtime. Alone on its database (SQLite) the server runs every flow that
 * should run, again at start-up; on a shared PostgreSQL database each flow runs on the one node
 * holding its lease, and the flow-placement job keeps the nodes in step ({@link FlowReconciler}).
 * Per-flow counters are served at {@code /_mediaplane/mediaconnect/flows}.
 */
public final class MediaConnectModule implements ServiceModule {
    private static final Logger LOG = LoggerFactory.getLogger(MediaConnectModule.class);

    private final ModuleContext context;
    private final Flows flows;
    private final FlowRuntime runtime;
    private final FlowLeases leases;
    private final FlowRunner runner;
    private final List<Endpoint<?>> endpoints;
    private FlowReconciler reconciler;

    private MediaConnectModule(ModuleContext context, FlowRuntimeFactory runtimes) throws Exception {
        this.context = context;
        Database db = context.database();
        IngestAddresses addresses = new IngestAddresses(
                db, context.config().mediaAddresses(), context.config().mediaAddress());
        flows = new Flows(db, context.config().transition(), addresses);
        runtime = runtimes.create(context.config(), context.metrics());
        leases = db.sqlite() ? FlowLeases.local() : FlowLeases.shared(db, context.clock());
        runner = new FlowRunner(flows, runtime, leases);
        endpoints = List.of(Endpoint.api(
                MediaConnectService.spec(flows, runner, context.config().quotas(), context.pageTokens())));
        context.metrics().view("mediaconnect/flows", runtime::view);
    }

    /** The module, with flows carried by the runtime {@code runtimes} makes (tests pass a recording one). */
    public static ServiceModule.Factory running(FlowRuntimeFactory runtimes) {
        return context -> new MediaConnectModule(context, runtimes);
    }

    @Override
    public List<Endpoint<?>> endpoints() {
        return endpoints;
    }

    @Override
    public List<BackgroundJob> jobs() {
        return List.of(BackgroundJob.of("flow-placement", this::place, this::stopPlacing));
    }

    /** Runs again the flows that were running (on a shared database: those no other node runs), then keeps placing. */
    private void place() {
        if (leases.isShared()) {
            reconciler = new FlowReconciler(flows, runner, leases).start();
        } else {
            LOG.debug(
                    "start-up: {} MediaConnect flows running again",
                    runner.resume(context.clock().instant()));
        }
    }

    private void stopPlacing() {
        if (reconciler != null) {
            reconciler.close();
        }
    }

    /** Stops every flow's media here, then gives the flows up to other nodes (their state stays). */
    @Override
    public void close() {
        runtime.close();
        leases.close();
    }
}
