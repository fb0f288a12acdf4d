package io.mediaplane.mediaconnect.relay;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live side of MediaConnect flows: the control plane tells it which flows run with which
 * sources and outputs; it owns the UDP sockets and moves the packets. Implemented by the relay
 * engine; the control plane only talks to this interface.
 */
public interface FlowRuntime extends AutoCloseable {

    /**
     * Binds the flow's ingest sockets and starts relaying to its outputs.
     *
     * @throws RelayException when a port cannot be bound or a transport is not available here
     */
    void start(FlowPlan plan) throws RelayException;

    /**
     * Applies a changed plan to a running flow (outputs added, removed or changed; source changed)
     * without interrupting outputs that did not change. Does nothing if the flow is not running.
     */
    void update(FlowPlan plan) throws RelayException;

    /** Stops relaying and closes the flow's sockets. Does nothing if the flow is not running. */
    void stop(String flowArn);

    boolean isRunning(String flowArn);

    /** Counters of a running flow, for health reporting; empty when the flow is not running. */
    Optional<FlowStats> stats(String flowArn);

    /**
     * Every running flow with its sources' and outputs' counters, as JSON-ready maps (the admin
     * endpoint's per-flow view, in place of per-flow metric series).
     */
    default List<Map<String, Object>> view() {
        return List.of();
    }

    /** Stops every flow. */
    @Override
    void close();
}
