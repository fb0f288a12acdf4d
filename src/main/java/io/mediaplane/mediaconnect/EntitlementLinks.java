package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.ResourceShapes.Entitlement;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The link between an entitlement and the subscriber flow that uses it: when a subscriber's flow
 * takes the entitlement as its source, the originator's flow gets an output for it; revoking the
 * entitlement, dropping the subscriber or deleting either flow removes that output and cuts the
 * subscriber off. Each entitlement feeds one flow at a time.
 */
record EntitlementLinks(Flows flows, FlowRunner runner) {
    /** The originator's flow and entitlement, if {@code context}'s account may use it now; else the model's error. */
    Flows.Located requireUsable(RequestContext context, String entitlementArn) {
        Arns.Parsed parsed;
        try {
            parsed = Arns.parse(entitlementArn, "entitlement", "source.entitlementArn");
        } catch (AwsException e) {
            throw FlowRules.bad("Entitlement " + entitlementArn + " does not exist");
        }
        if (!parsed.scope().region().equals(context.region())) {
            throw FlowRules.bad(
                    "Entitlement " + entitlementArn + " is in " + parsed.scope().region() + "; a flow can"
                            + " only use an entitlement of its own region (" + context.region() + ")");
        }
        FlowRecord origin = flows.find(parsed.scope(), parsed.flowKey(), context.received())
                .map(Stored::value)
                .orElseThrow(() -> FlowRules.bad("Entitlement " + entitlementArn + " does not exist"));
        checkUsable(origin, entitlementArn, context.accountId(), context.received());
        return new Flows.Located(parsed.scope(), origin);
    }

    private void checkUsable(FlowRecord origin, String entitlementArn, String account, Instant now) {
        Entitlement e = find(origin, entitlementArn)
                .orElseThrow(() -> FlowRules.bad("Entitlement " + entitlementArn + " does not exist"));
        if (!e.subscribers().contains(account)) {
            throw new AwsException(
                    MediaConnectError.FORBIDDEN,
                    "Account " + account + " is not a subscriber of" + " entitlement " + entitlementArn);
        }
        String user = origin.entitlementFlows().get(entitlementArn);
        if (user != null && exists(user, now)) {
            throw FlowRules.bad("Entitlement " + entitlementArn + " is already used by flow " + user
                    + "; an entitlement feeds one flow");
        }
    }

    /** Links a subscriber's new flow to the entitlement: the originator's flow gets the entitlement's output. */
    void attach(RequestContext context, String entitlementArn, String subscriberFlowArn) {
        Flows.Located origin = requireUsable(context, entitlementArn);
        FlowRecord changed = flows.table()
                .update(origin.scope(), origin.flow().key(), f -> {
                    checkUsable(f, entitlementArn, context.accountId(), context.received());
                    Entitlement e = find(f, entitlementArn).orElseThrow();
                    List<Output> outputs = new ArrayList<>();
                    for (Output o : f.outputs()) {
                        if (!entitlementArn.equals(o.entitlementArn())) {
                            outputs.add(o);
                        }
                    }
                    outputs.add(Parts.entitlementOutput(origin.scope(), f.key(), e));
                    Map<String, String> users = new LinkedHashMap<>(f.entitlementFlows());
                    users.put(entitlementArn, subscriberFlowArn);
                    return f.withOutputs(outputs).withEntitlements(f.entitlements(), users);
                })
                .map(Stored::value)
                .orElseThrow(() -> FlowRules.bad("Entitlement " + entitlementArn + " does not exist"));
        runner.update(origin.scope(), changed);
    }

    /** A subscriber flow is going away: the originator's flow drops the entitlement's output. */
    void detach(String entitlementArn, Instant now) {
        Arns.Parsed parsed = Arns.parse(entitlementArn, "entitlement", "entitlementArn");
        if (flows.find(parsed.scope(), parsed.flowKey(), now).isEmpty()) {
            return;
        }
        flows.table()
                .update(parsed.scope(), parsed.flowKey(), f -> unlinked(f, entitlementArn))
                .ifPresent(s -> runner.update(parsed.scope(), s.value()));
    }

    /** {@code f} without the entitlement's output and link (the entitlement itself stays). */
    static FlowRecord unlinked(FlowRecord f, String entitlementArn) {
        List<Output> outputs = new ArrayList<>();
        for (Output o : f.outputs()) {
            if (!entitlementArn.equals(o.entitlementArn())) {
                outputs.add(o);
            }
        }
        Map<String, String> users = new LinkedHashMap<>(f.entitlementFlows());
        users.remove(entitlementArn);
        return f.withOutputs(outputs).withEntitlements(f.entitlements(), users);
    }

    /** Stops the subscriber's flow (if it still exists) and records why. */
    void cutOff(String subscriberFlowArn, String message, Instant now) {
        if (subscriberFlowArn == null) {
            return;
        }
        Arns.Parsed parsed = Arns.parse(subscriberFlowArn, "flow", "flowArn");
        flows.find(parsed.scope(), parsed.flowKey(), now)
                .ifPresent(s -> runner.cutOff(parsed.scope(), s.value(), message));
    }

    /** Whether the flow a subscriber flow's source names may still receive (for StartFlow). */
    Optional<String> problem(RequestContext context, FlowRecord subscriber, String subscriberFlowArn) {
        String entitlementArn = subscriber.source().entitlementArn();
        Arns.Parsed parsed = Arns.parse(entitlementArn, "entitlement", "entitlementArn");
        Optional<FlowRecord> origin =
                flows.find(parsed.scope(), parsed.flowKey(), context.received()).map(Stored::value);
        if (origin.isEmpty() || find(origin.get(), entitlementArn).isEmpty()) {
            return Optional.of("Entitlement " + entitlementArn + " no longer exists");
        }
        if (!subscriberFlowArn.equals(origin.get().entitlementFlows().get(entitlementArn))) {
            return Optional.of("This account is no longer a subscriber of entitlement " + entitlementArn);
        }
        return Optional.empty();
    }

    static Optional<Entitlement> find(FlowRecord f, String entitlementArn) {
        return f.entitlements().stream()
                .filter(e -> e.entitlementArn().equals(entitlementArn))
                .findFirst();
    }

    private boolean exists(String flowArn, Instant now) {
        Arns.Parsed parsed = Arns.parse(flowArn, "flow", "flowArn");
        return flows.find(parsed.scope(), parsed.flowKey(), now).isPresent();
    }
}
