package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.ChildOperationShapes.AddFlowOutputsRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.AddFlowOutputsResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.RemoveFlowOutputRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.RemoveFlowOutputResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowOutputRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowOutputResponse;
import io.mediaplane.mediaconnect.RequestShapes.AddOutputRequest;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.ArrayList;
import java.util.List;

/** AddFlowOutputs, RemoveFlowOutput and UpdateFlowOutput; a running flow is changed in the runtime too. */
record OutputOperations(Flows flows, FlowRunner runner, FlowQuota quota) {
    AddFlowOutputsResponse addFlowOutputs(RequestContext context, AddFlowOutputsRequest in) {
        Scope scope = Flows.scope(context);
        long now = context.received().toEpochMilli();
        List<Output> added = new ArrayList<>();
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            long existing = current.outputs().stream()
                    .filter(o -> o.entitlementArn() == null)
                    .count();
            quota.outputs(
                    scope, existing + in.outputs().size(), in.outputs().size(), MediaConnectError.ADD_FLOW_OUTPUTS_420);
            List<Output> outputs = new ArrayList<>(current.outputs());
            added.clear();
            for (AddOutputRequest r : in.outputs()) {
                Output o = unique(outputs, Parts.output(scope, current.key(), null, r));
                outputs.add(o);
                added.add(o);
            }
            return current.withOutputs(outputs)
                    .withLifecycle(current.lifecycle().updated(now));
        });
        runner.update(scope, f);
        return new AddFlowOutputsResponse(in.flowArn(), List.copyOf(added));
    }

    RemoveFlowOutputResponse removeFlowOutput(RequestContext context, RemoveFlowOutputRequest in) {
        long now = context.received().toEpochMilli();
        Arns.parse(in.outputArn(), "output", "outputArn");
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            Output o = current.outputs().get(indexOf(current, in.outputArn()));
            if (o.entitlementArn() != null) {
                throw FlowRules.bad("Output " + in.outputArn() + " belongs to entitlement " + o.entitlementArn()
                        + "; revoke the entitlement (RevokeFlowEntitlement) to remove it");
            }
            List<Output> outputs = new ArrayList<>(current.outputs());
            outputs.remove(o);
            return current.withOutputs(outputs)
                    .withLifecycle(current.lifecycle().updated(now));
        });
        runner.update(Flows.scope(context), f);
        return new RemoveFlowOutputResponse(in.flowArn(), in.outputArn());
    }

    UpdateFlowOutputResponse updateFlowOutput(RequestContext context, UpdateFlowOutputRequest in) {
        Scope scope = Flows.scope(context);
        long now = context.received().toEpochMilli();
        Arns.parse(in.outputArn(), "output", "outputArn");
        Output[] changed = new Output[1];
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            int index = indexOf(current, in.outputArn());
            Output o = current.outputs().get(index);
            if (o.entitlementArn() != null) {
                throw FlowRules.bad("Output " + in.outputArn() + " belongs to entitlement " + o.entitlementArn()
                        + "; change the entitlement (UpdateFlowEntitlement) instead");
            }
            AddOutputRequest was = Parts.asRequest(o);
            AddOutputRequest now2 = new AddOutputRequest(
                    Parts.first(in.description(), was.description()),
                    Parts.first(in.destination(), was.destination()),
                    Parts.first(in.encryption(), was.encryption()),
                    Parts.first(in.maxLatency(), was.maxLatency()),
                    Parts.first(in.minLatency(), was.minLatency()),
                    o.name(),
                    Parts.first(in.port(), was.port()),
                    Parts.first(in.protocol(), was.protocol()),
                    Parts.first(in.smoothingLatency(), was.smoothingLatency()),
                    Parts.first(in.streamId(), was.streamId()),
                    Members.merge(was.other(), in.other()));
            changed[0] = Parts.output(scope, current.key(), o.outputArn(), now2);
            return current.withOutputs(Parts.replaced(current.outputs(), index, changed[0]))
                    .withLifecycle(current.lifecycle().updated(now));
        });
        runner.update(scope, f);
        return new UpdateFlowOutputResponse(in.flowArn(), changed[0]);
    }

    private static int indexOf(FlowRecord f, String outputArn) {
        for (int i = 0; i < f.outputs().size(); i++) {
            if (f.outputs().get(i).outputArn().equals(outputArn)) {
                return i;
            }
        }
        throw Arns.notFound("output", outputArn);
    }

    /** {@code o} if no output in {@code outputs} has its name yet. */
    static Output unique(List<Output> outputs, Output o) {
        if (outputs.stream().anyMatch(x -> x.name().equals(o.name()))) {
            throw FlowRules.bad(
                    "Output names must be unique within a flow: there is already an output named '" + o.name() + "'");
        }
        return o;
    }
}
