package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowSourceRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowSourceResponse;
import io.mediaplane.mediaconnect.RequestShapes.SetSourceRequest;
import io.mediaplane.mediaconnect.ResourceShapes.Source;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;

/**
 * UpdateFlowSource: changes what the flow ingests, on the flow's own ingest address. A new port
 * is checked against the flow's other source; against other flows when the flow runs (a running
 * flow is re-planned in the runtime, and reports ERROR if the port is taken). A source keeps its
 * kind: an owned source cannot become an entitlement, nor an entitled source change its
 * entitlement.
 */
record SourceOperations(Flows flows, FlowRunner runner) {
    UpdateFlowSourceResponse updateFlowSource(RequestContext context, UpdateFlowSourceRequest in) {
        Scope scope = Flows.scope(context);
        long now = context.received().toEpochMilli();
        Arns.parse(in.sourceArn(), "source", "sourceArn");
        Source[] changed = new Source[1];
        FlowRecord f = flows.change(context, in.flowArn(), latest -> {
            int i = indexOf(latest, in.sourceArn());
            changed[0] = merged(scope, latest, latest.sources().get(i), in);
            FlowRecord next = latest.withSources(Parts.replaced(latest.sources(), i, changed[0]));
            FlowRules.distinctPorts(next.sources());
            return next.withLifecycle(latest.lifecycle().updated(now));
        });
        runner.update(scope, f);
        return new UpdateFlowSourceResponse(
                in.flowArn(), Parts.at(changed[0], flows.addresses().effective(changed[0].ingestIp())));
    }

    private Source merged(Scope scope, FlowRecord f, Source current, UpdateFlowSourceRequest in) {
        if (in.entitlementArn() != null && !in.entitlementArn().equals(current.entitlementArn())) {
            throw FlowRules.bad(
                    current.entitlementArn() == null
                            ? "An owned source cannot be switched to an entitlement; create a flow from the entitlement instead"
                            : "A flow's entitlement cannot be changed; create a new flow from the other entitlement");
        }
        SetSourceRequest was = Parts.asRequest(current);
        SetSourceRequest next = new SetSourceRequest(
                Parts.first(in.decryption(), was.decryption()),
                Parts.first(in.description(), was.description()),
                was.entitlementArn(),
                Parts.first(in.ingestPort(), was.ingestPort()),
                Parts.first(in.maxBitrate(), was.maxBitrate()),
                Parts.first(in.maxLatency(), was.maxLatency()),
                Parts.first(in.minLatency(), was.minLatency()),
                current.name(),
                Parts.first(in.protocol(), was.protocol()),
                Parts.first(in.streamId(), was.streamId()),
                Parts.first(in.whitelistCidr(), was.whitelistCidr()),
                Members.merge(was.other(), in.other()));
        String address = Flows.ingestIp(f);
        return Parts.source(
                scope,
                f.key(),
                current.sourceArn(),
                f.name(),
                next,
                address == null ? flows.addresses().shared() : address);
    }

    private static int indexOf(FlowRecord f, String sourceArn) {
        for (int i = 0; i < f.sources().size(); i++) {
            if (f.sources().get(i).sourceArn().equals(sourceArn)) {
                return i;
            }
        }
        throw Arns.notFound("source", sourceArn);
    }
}
