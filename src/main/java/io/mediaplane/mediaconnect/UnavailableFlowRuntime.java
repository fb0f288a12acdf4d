package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.relay.FlowPlan;
import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.mediaconnect.relay.FlowStats;
import io.mediaplane.mediaconnect.relay.RelayException;
import java.util.Optional;

/**
 * The flow runtime of a build without a media relay: it runs nothing and says so, so a started
 * flow reports ERROR with this message instead of pretending to carry media. Replaced by the
 * relay engine in {@code Mediaplane}.
 */
public final class UnavailableFlowRuntime implements FlowRuntime {
    @Override
    public void start(FlowPlan plan) throws RelayException {
        throw new RelayException(RelayException.Reason.TRANSPORT_NOT_AVAILABLE,
                "This server was built without the MediaConnect media relay; flows cannot carry media here");
    }

    @Override
    public void update(FlowPlan plan) {
    }

    @Override
    public void stop(String flowArn) {
    }

    @Override
    public boolean isRunning(String flowArn) {
        return false;
    }

    @Override
    public Optional<FlowStats> stats(String flowArn) {
        return Optional.empty();
    }

    @Override
    public void close() {
    }
}
