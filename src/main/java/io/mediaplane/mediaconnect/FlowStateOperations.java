package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.FlowOperationShapes.FlowArnRequest;
import io.mediaplane.mediaconnect.FlowOperationShapes.FlowStatusResponse;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.Optional;

/**
 * StartFlow and StopFlow. StartFlow answers STARTING and hands the flow's plan to the runtime at
 * once; the flow reports ACTIVE one transition later, or ERROR with the runtime's message when the
 * runtime refused it. StopFlow closes the flow's sockets at once and reports STOPPING, then STANDBY.
 */
record FlowStateOperations(Flows flows, FlowRunner runner, EntitlementLinks links) {
    FlowStatusResponse startFlow(RequestContext context, FlowArnRequest in) {
        long now = context.received().toEpochMilli();
        boolean[] restart = {false};
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            FlowStatus status = flows.status(current, context.received()).orElseThrow();
            if (status == FlowStatus.STOPPING) {
                throw FlowRules.bad("Flow " + in.flowArn() + " is STOPPING; start it again once it is STANDBY");
            }
            if (current.lifecycle().running() && current.lifecycle().error() == null) {
                throw FlowRules.bad("Flow " + in.flowArn() + " is already " + status);
            }
            restart[0] = current.lifecycle().running();
            return current.withLifecycle(current.lifecycle().started(now));
        });
        Scope scope = Flows.scope(context);
        if (restart[0]) {
            runner.stop(scope, f);
        }
        Optional<String> problem = f.entitled() ? links.problem(context, f, in.flowArn()) : Optional.empty();
        if (problem.isPresent()) {
            flows.fail(scope, f.key(), problem.get());
        } else {
            runner.start(scope, f);
        }
        return new FlowStatusResponse(in.flowArn(), currentStatus(context, in.flowArn()));
    }

    FlowStatusResponse stopFlow(RequestContext context, FlowArnRequest in) {
        long now = context.received().toEpochMilli();
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            if (!current.lifecycle().running()) {
                throw FlowRules.bad("Flow " + in.flowArn() + " is "
                        + flows.status(current, context.received()).orElseThrow()
                        + ", not running; there is nothing to stop");
            }
            return current.withLifecycle(current.lifecycle().stopped(now));
        });
        runner.stop(Flows.scope(context), f);
        return new FlowStatusResponse(in.flowArn(), currentStatus(context, in.flowArn()));
    }

    private String currentStatus(RequestContext context, String flowArn) {
        FlowRecord f = flows.require(context, flowArn).value();
        return flows.status(f, context.received()).orElseThrow().name();
    }
}
