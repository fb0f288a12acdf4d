package io.mediaplane.mediaconnect;

import io.mediaplane.config.Config;
import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.protocol.PageTokens;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.store.Database;
import java.time.Clock;

/**
 * MediaConnect on this server: the flows in the metadata store, their ingest addresses, the
 * runtime that carries them and where each runs. Alone on its database (SQLite) a server runs
 * every flow that should run; on a shared PostgreSQL database each flow runs on the one node
 * holding its lease, and a {@link FlowReconciler} keeps the nodes in step.
 */
public final class MediaConnect implements AutoCloseable {
    private final Flows flows;
    private final FlowRunner runner;
    private final Config config;
    private final FlowRuntime runtime;
    private final FlowLeases leases;
    private final FlowReconciler reconciler;

    private MediaConnect(
            Flows flows, FlowRunner runner, Config config, FlowRuntime runtime, FlowLeases leases, FlowReconciler r) {
        this.flows = flows;
        this.runner = runner;
        this.config = config;
        this.runtime = runtime;
        this.leases = leases;
        this.reconciler = r;
    }

    /** Opens MediaConnect on the database and runs again the flows that were running (those that belong here). */
    public static MediaConnect start(Database db, Config config, FlowRuntime runtime, Clock clock) {
        IngestAddresses addresses = new IngestAddresses(db, config.mediaAddresses(), config.mediaAddress());
        Flows flows = new Flows(db, config.transition(), addresses);
        FlowLeases leases = db.sqlite() ? FlowLeases.local() : FlowLeases.shared(db, clock);
        FlowRunner runner = new FlowRunner(flows, runtime, leases);
        FlowReconciler reconciler = null;
        if (leases.isShared()) {
            reconciler = new FlowReconciler(flows, runner, leases).start();
        } else {
            runner.resume(clock.instant());
        }
        return new MediaConnect(flows, runner, config, runtime, leases, reconciler);
    }

    public ServiceSpec spec(PageTokens tokens) {
        return MediaConnectService.spec(flows, runner, config.quotas(), tokens);
    }

    /** Stops placing flows, stops the flows running here, then gives up this node's leases to other nodes. */
    @Override
    public void close() {
        if (reconciler != null) {
            reconciler.close();
        }
        runtime.close();
        leases.close();
    }
}
