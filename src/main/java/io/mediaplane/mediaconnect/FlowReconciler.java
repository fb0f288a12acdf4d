package io.mediaplane.mediaconnect;

import io.mediaplane.store.Stored;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multi-node: every {@link #PERIOD} a node renews its heartbeat, applies what other nodes changed
 * in the flows it runs (outputs, sources, a stop or a delete), stops flows whose lease another
 * node took over, and takes over flows that should run but run nowhere (their node stopped or its
 * heartbeat expired). It reads only the flows' versions unless one changed, so a pass over a
 * thousand flows is a few small queries.
 */
final class FlowReconciler implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(FlowReconciler.class);

    private final Flows flows;
    private final FlowRunner runner;
    private final FlowLeases leases;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, Flows.Located> shouldRun = new HashMap<>();
    private Thread thread;
    private volatile boolean running = true;

    FlowReconciler(Flows flows, FlowRunner runner, FlowLeases leases) {
        this.flows = flows;
        this.runner = runner;
        this.leases = leases;
    }

    /** Runs a first pass now (the flows this node resumes), then one every period on a thread of its own. */
    FlowReconciler start() {
        pass();
        thread = Thread.ofPlatform().name("mediaconnect reconciler").daemon().start(this::loop);
        return this;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(PERIOD);
                pass();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("flow placement pass failed; trying again in {}", PERIOD, e);
            }
        }
    }

    synchronized void pass() {
        leases.heartbeat();
        Map<String, Long> versions = flows.table().versions();
        for (String arn : Set.copyOf(seen.keySet())) {
            if (!versions.containsKey(arn)) {
                seen.remove(arn);
                shouldRun.remove(arn);
                if (runner.runsHere(arn)) {
                    runner.stop(arn);
                }
            }
        }
        for (Map.Entry<String, Long> v : versions.entrySet()) {
            if (!Objects.equals(seen.put(v.getKey(), v.getValue()), v.getValue())) {
                changed(v.getKey());
            }
        }
        Set<String> held = leases.held();
        for (String arn : new HashSet<>(shouldRun.keySet())) {
            if (runner.runsHere(arn) && !held.contains(arn)) {
                runner.drop(arn);
            }
        }
        Map<String, String> live = leases.live();
        for (Flows.Located l : shouldRun.values()) {
            String holder = live.get(l.arn());
            if (!runner.runsHere(l.arn()) && (holder == null || holder.equals(leases.node()))) {
                runner.start(l.scope(), l.flow());
            }
        }
    }

    /** Another version of a flow: run it as it is now, or stop it here. */
    private void changed(String arn) {
        Arns.Parsed parsed = Arns.parse(arn, "flow", "flowArn");
        Flows.Located now = flows.table()
                .get(parsed.scope(), parsed.flowKey())
                .map(Stored::value)
                .map(f -> new Flows.Located(parsed.scope(), f))
                .orElse(null);
        shouldRun.remove(arn);
        if (now != null && FlowRunner.shouldRun(now.flow())) {
            shouldRun.put(arn, now);
            runner.update(now.scope(), now.flow());
        } else if (runner.runsHere(arn)) {
            runner.stop(arn);
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
