package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.ResourceShapes.Entitlement;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.mediaconnect.ResourceShapes.Source;
import io.mediaplane.mediaconnect.ResourceShapes.Transport;
import io.mediaplane.mediaconnect.relay.FlowPlan;
import io.mediaplane.mediaconnect.relay.FlowPlan.OutputPlan;
import io.mediaplane.mediaconnect.relay.FlowPlan.SourcePlan;
import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.mediaconnect.relay.RelayException;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the {@link FlowRuntime} from stored flows: builds each flow's {@link FlowPlan}, starts,
 * updates and stops it, and records a runtime refusal (port in use, transport not available) on
 * the flow, which then reports ERROR with the runtime's message. A flow runs here only while this
 * node holds its lease ({@link FlowLeases}; always, on a single server); an entitled flow runs on
 * the node that runs its origin, where the entitlement's packets are.
 */
final class FlowRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);
    /** Entitlement links have no transport of their own: the originator's packets pass unchanged. */
    private static final Transport NO_TRANSPORT = new Transport(null, null, null, null, null, null, null);

    private final Flows flows;
    private final FlowRuntime runtime;
    private final FlowLeases leases;

    FlowRunner(Flows flows, FlowRuntime runtime, FlowLeases leases) {
        this.flows = flows;
        this.runtime = runtime;
        this.leases = leases;
    }

    /** What the runtime must do for this flow. Outputs of disabled entitlements carry nothing. */
    FlowPlan plan(Scope scope, FlowRecord f) {
        List<SourcePlan> sources = new ArrayList<>();
        for (Source s : f.sources()) {
            Transport t = s.transport() == null ? NO_TRANSPORT : s.transport();
            sources.add(new SourcePlan(
                    s.sourceArn(),
                    s.name(),
                    t.protocol(),
                    s.entitlementArn() == null ? flows.addresses().effective(s.ingestIp()) : null,
                    s.ingestPort() == null ? 0 : s.ingestPort(),
                    s.whitelistCidr(),
                    t.maxBitrate(),
                    t.maxLatency(),
                    s.entitlementArn()));
        }
        List<OutputPlan> outputs = new ArrayList<>();
        for (Output o : f.outputs()) {
            if (o.entitlementArn() != null && !enabled(f, o.entitlementArn())) {
                continue;
            }
            Transport t = o.transport() == null ? NO_TRANSPORT : o.transport();
            outputs.add(new OutputPlan(
                    o.outputArn(),
                    o.name(),
                    t.protocol(),
                    o.destination(),
                    o.port() == null ? 0 : o.port(),
                    t.smoothingLatency(),
                    o.entitlementArn()));
        }
        return new FlowPlan(Flows.arn(scope, f), scope.accountId(), f.name(), sources, outputs);
    }

    private static boolean enabled(FlowRecord f, String entitlementArn) {
        for (Entitlement e : f.entitlements()) {
            if (e.entitlementArn().equals(entitlementArn)) {
                return !"DISABLED".equals(e.entitlementStatus());
            }
        }
        return false;
    }

    /** Starts a flow in the runtime if it is to run on this node; a refusal is recorded as the flow's error. */
    void start(Scope scope, FlowRecord f) {
        String arn = Flows.arn(scope, f);
        if (!belongsHere(f) || !leases.acquire(arn)) {
            return;
        }
        try {
            runtime.start(plan(scope, f));
        } catch (RelayException e) {
            LOG.info("flow {} cannot run: {} ({})", arn, e.getMessage(), e.reason());
            leases.release(arn);
            flows.fail(scope, f.key(), e.getMessage());
        }
    }

    /** Whether this node may run the flow: an entitled flow goes where its origin runs, if it runs anywhere. */
    private boolean belongsHere(FlowRecord f) {
        if (!leases.isShared() || !f.entitled()) {
            return true;
        }
        Arns.Parsed origin = Arns.parse(f.source().entitlementArn(), "entitlement", "entitlementArn");
        String holder = flows.table()
                .get(origin.scope(), origin.flowKey())
                .map(Stored::value)
                .map(o -> leases.live().get(Flows.arn(origin.scope(), o)))
                .orElse(null);
        return holder == null || holder.equals(leases.node());
    }

    /** Applies a changed flow to the runtime if it is running here (its node picks the change up otherwise). */
    void update(Scope scope, FlowRecord f) {
        String arn = Flows.arn(scope, f);
        if (!f.lifecycle().running() || f.lifecycle().error() != null || !runtime.isRunning(arn)) {
            return;
        }
        try {
            runtime.update(plan(scope, f));
        } catch (RelayException e) {
            LOG.info("flow {} cannot run as changed: {} ({})", arn, e.getMessage(), e.reason());
            stop(scope, f);
            flows.fail(scope, f.key(), e.getMessage());
        }
    }

    void stop(Scope scope, FlowRecord f) {
        stop(Flows.arn(scope, f));
    }

    /** Stops the flow here and gives up its lease. */
    void stop(String flowArn) {
        runtime.stop(flowArn);
        leases.release(flowArn);
    }

    /** Stops a flow in the runtime and records why (its entitlement was revoked, its origin deleted). */
    void cutOff(Scope scope, FlowRecord f, String message) {
        stop(scope, f);
        flows.fail(scope, f.key(), message);
    }

    /** At start-up on a single server: runs again every flow that was running (and not failed). */
    int resume(Instant now) {
        int started = 0;
        for (Flows.Located l : flows.everywhere(now)) {
            if (shouldRun(l.flow())) {
                start(l.scope(), l.flow());
                started++;
            }
        }
        return started;
    }

    static boolean shouldRun(FlowRecord f) {
        return f.lifecycle().running()
                && f.lifecycle().error() == null
                && f.lifecycle().deleteRequestedAtMillis() == null;
    }

    boolean runsHere(String flowArn) {
        return runtime.isRunning(flowArn);
    }

    /** Stops a flow this node no longer holds the lease of (another node took it over). */
    void drop(String flowArn) {
        LOG.info("flow {} now runs on another node; stopping it here", flowArn);
        runtime.stop(flowArn);
    }
}
