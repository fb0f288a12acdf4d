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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the {@link FlowRuntime} from stored flows: builds each flow's {@link FlowPlan}, starts,
 * updates and stops it, and records a runtime refusal (port in use, transport not available) on
 * the flow, which then reports ERROR with the runtime's message.
 */
public final class FlowRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);
    /** Entitlement links have no transport of their own: the originator's packets pass unchanged. */
    private static final Transport NO_TRANSPORT = new Transport(null, null, null, null, null, null, null);

    private final Flows flows;
    private final FlowRuntime runtime;

    public FlowRunner(Flows flows, FlowRuntime runtime) {
        this.flows = flows;
        this.runtime = runtime;
    }

    /** What the runtime must do for this flow. Outputs of disabled entitlements carry nothing. */
    static FlowPlan plan(Scope scope, FlowRecord f) {
        List<SourcePlan> sources = new ArrayList<>();
        for (Source s : f.sources()) {
            Transport t = s.transport() == null ? NO_TRANSPORT : s.transport();
            sources.add(new SourcePlan(
                    s.sourceArn(),
                    s.name(),
                    t.protocol(),
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

    /** Starts a flow in the runtime; a refusal is recorded as the flow's error. */
    void start(Scope scope, FlowRecord f) {
        try {
            runtime.start(plan(scope, f));
        } catch (RelayException e) {
            LOG.info("flow {} cannot run: {} ({})", Flows.arn(scope, f), e.getMessage(), e.reason());
            flows.fail(scope, f.key(), e.getMessage());
        }
    }

    /** Applies a changed flow to the runtime if it is running there. */
    void update(Scope scope, FlowRecord f) {
        if (!f.lifecycle().running() || f.lifecycle().error() != null) {
            return;
        }
        try {
            runtime.update(plan(scope, f));
        } catch (RelayException e) {
            LOG.info("flow {} cannot run as changed: {} ({})", Flows.arn(scope, f), e.getMessage(), e.reason());
            runtime.stop(Flows.arn(scope, f));
            flows.fail(scope, f.key(), e.getMessage());
        }
    }

    void stop(Scope scope, FlowRecord f) {
        runtime.stop(Flows.arn(scope, f));
    }

    /** Stops a flow in the runtime and records why (its entitlement was revoked, its origin deleted). */
    void cutOff(Scope scope, FlowRecord f, String message) {
        runtime.stop(Flows.arn(scope, f));
        flows.fail(scope, f.key(), message);
    }

    /** At start-up: runs again every flow that was running (and not failed) when the server stopped. */
    public int resume(Instant now) {
        int started = 0;
        for (Flows.Located l : flows.everywhere(now)) {
            FlowRecord f = l.flow();
            if (f.lifecycle().running() && f.lifecycle().error() == null) {
                start(l.scope(), f);
                started++;
            }
        }
        return started;
    }
}
