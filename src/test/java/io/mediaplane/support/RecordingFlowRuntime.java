package io.mediaplane.support;

import io.mediaplane.mediaconnect.relay.FlowPlan;
import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.mediaconnect.relay.FlowStats;
import io.mediaplane.mediaconnect.relay.RelayException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link FlowRuntime} test double for the control plane: it moves no packets, but records every
 * plan it is given and keeps which flows run. Like the relay engine it refuses the proprietary
 * Zixi transports, and it can be told to refuse the next start or update (e.g. PORT_IN_USE). It
 * survives a server restart (close stops everything), so tests can see flows resumed at boot.
 */
public final class RecordingFlowRuntime implements FlowRuntime {
    private static final Set<String> UNAVAILABLE = Set.of("zixi-push", "zixi-pull");

    private final Map<String, FlowPlan> running = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private volatile RelayException nextFailure;

    /** The next start or update fails with this. */
    public void failNext(RelayException.Reason reason, String message) {
        nextFailure = new RelayException(reason, message);
    }

    /** Calls so far, as "start|update|stop <flowArn>", in order. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** How many times this flow was started. */
    public synchronized long starts(String flowArn) {
        return calls.stream().filter(c -> c.equals("start " + flowArn)).count();
    }

    /** The plan the flow runs with now, if it runs. */
    public Optional<FlowPlan> plan(String flowArn) {
        return Optional.ofNullable(running.get(flowArn));
    }

    @Override
    public void start(FlowPlan plan) throws RelayException {
        record("start " + plan.flowArn());
        check(plan);
        running.put(plan.flowArn(), plan);
    }

    @Override
    public void update(FlowPlan plan) throws RelayException {
        record("update " + plan.flowArn());
        if (!running.containsKey(plan.flowArn())) {
            return;
        }
        check(plan);
        running.put(plan.flowArn(), plan);
    }

    private void check(FlowPlan plan) throws RelayException {
        RelayException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            running.remove(plan.flowArn());
            throw failure;
        }
        for (FlowPlan.SourcePlan s : plan.sources()) {
            refuse(s.protocol());
        }
        for (FlowPlan.OutputPlan o : plan.outputs()) {
            refuse(o.protocol());
        }
    }

    private static void refuse(String protocol) throws RelayException {
        if (protocol != null && UNAVAILABLE.contains(protocol)) {
            throw new RelayException(
                    RelayException.Reason.TRANSPORT_NOT_AVAILABLE,
                    "The " + protocol + " transport is proprietary (Zixi) and not available on this server");
        }
    }

    @Override
    public void stop(String flowArn) {
        record("stop " + flowArn);
        running.remove(flowArn);
    }

    @Override
    public boolean isRunning(String flowArn) {
        return running.containsKey(flowArn);
    }

    @Override
    public Optional<FlowStats> stats(String flowArn) {
        return isRunning(flowArn) ? Optional.of(new FlowStats(0, 0, 0, 0, 0, 0, 0, 0)) : Optional.empty();
    }

    @Override
    public void close() {
        running.clear();
    }

    private synchronized void record(String call) {
        calls.add(call);
    }
}
