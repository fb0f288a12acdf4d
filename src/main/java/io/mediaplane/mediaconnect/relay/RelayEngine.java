package io.mediaplane.mediaconnect.relay;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MediaConnect data plane: runs each flow's UDP relay ({@link RunningFlow}) on its ingest
 * address (or the shared media address), and carries entitlements between flows in process.
 * Every flow runs on one of a fixed set of shards, each a receive loop and a timer thread
 * (started with the first flow), so a thousand idle flows cost no threads and no wake-ups. Start,
 * update and stop are serialised; the packets never wait for them.
 */
public final class RelayEngine implements FlowRuntime {
    /** Shards: as many as cores, at most four (each is two threads). */
    static final int SHARDS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final InetAddress bindAddress;
    private final EntitlementHub hub = new EntitlementHub();
    private final ConcurrentHashMap<String, RunningFlow> flows = new ConcurrentHashMap<>();
    private final RelayTotals totals = new RelayTotals(flows::values);
    private final RelayMeters meters;
    private final List<RunningFlow.Shard> shards = new ArrayList<>();
    private int nextShard;

    /**
     * @param bindAddress the shared media address: sources without their own ingest address listen on it
     * @param registry where the relay's server-wide meters are registered
     */
    public RelayEngine(InetAddress bindAddress, MeterRegistry registry) {
        this.bindAddress = bindAddress;
        this.meters = new RelayMeters(registry, totals, flows::size);
    }

    /** As {@link #RelayEngine(InetAddress, MeterRegistry)}, with the address as text (a literal, or a name). */
    public RelayEngine(String bindAddress, MeterRegistry registry) throws UnknownHostException {
        this(InetAddress.getByName(bindAddress), registry);
    }

    @Override
    public synchronized void start(FlowPlan plan) throws RelayException {
        if (flows.containsKey(plan.flowArn())) {
            update(plan);
            return;
        }
        validate(plan);
        flows.put(plan.flowArn(), RunningFlow.open(plan, bindAddress, hub, shard(), totals));
    }

    @Override
    public synchronized void update(FlowPlan plan) throws RelayException {
        RunningFlow flow = flows.get(plan.flowArn());
        if (flow == null) {
            return;
        }
        validate(plan);
        if (flow.plan().sources().equals(plan.sources())) {
            flow.replaceOutputs(plan.outputs());
            return;
        }
        stop(plan.flowArn());
        flows.put(plan.flowArn(), RunningFlow.open(plan, bindAddress, hub, shard(), totals));
    }

    @Override
    public synchronized void stop(String flowArn) {
        RunningFlow flow = flows.get(flowArn);
        if (flow != null) {
            flow.close(() -> flows.remove(flowArn));
        }
    }

    @Override
    public boolean isRunning(String flowArn) {
        return flows.containsKey(flowArn);
    }

    @Override
    public Optional<FlowStats> stats(String flowArn) {
        RunningFlow flow = flows.get(flowArn);
        return flow == null ? Optional.empty() : Optional.of(flow.stats());
    }

    @Override
    public List<Map<String, Object>> view() {
        return FlowViews.of(flows.values());
    }

    /** The next shard, round robin; the shards' threads start with the first flow. */
    private RunningFlow.Shard shard() throws RelayException {
        if (shards.isEmpty()) {
            try {
                for (int i = 0; i < SHARDS; i++) {
                    shards.add(new RunningFlow.Shard(
                            new ReceiveLoop("relay receive " + i), new Timers("relay timers " + i)));
                }
            } catch (IOException e) {
                throw new RelayException(RelayException.Reason.INVALID_PLAN, "cannot open a selector", e);
            }
        }
        return shards.get(nextShard++ % shards.size());
    }

    @Override
    public synchronized void close() {
        List.copyOf(flows.keySet()).forEach(this::stop);
        for (RunningFlow.Shard s : shards) {
            s.loop().close();
            s.timers().close();
        }
        shards.clear();
        meters.close();
    }

    private static void validate(FlowPlan plan) throws RelayException {
        if (plan.sources().isEmpty()) {
            throw new RelayException(RelayException.Reason.INVALID_PLAN, "a flow needs a source");
        }
        for (FlowPlan.SourcePlan s : plan.sources()) {
            if (s.entitlementArn() != null) {
                continue;
            }
            Outputs.requireCarried(s.protocol(), "source " + s.name());
            try {
                AllowList.of(s.whitelistCidr());
            } catch (IllegalArgumentException e) {
                throw new RelayException(
                        RelayException.Reason.INVALID_PLAN,
                        "whitelist CIDR " + s.whitelistCidr() + " of source " + s.name() + " is not an address block");
            }
            int top = "rtp-fec".equals(s.protocol()) ? 65531 : 65535;
            if (s.ingestPort() < 1 || s.ingestPort() > top) {
                throw new RelayException(
                        RelayException.Reason.INVALID_PLAN,
                        "ingest port " + s.ingestPort() + " of source " + s.name() + " is not 1.." + top);
            }
        }
        for (FlowPlan.OutputPlan o : plan.outputs()) {
            if (o.entitlementArn() != null) {
                continue;
            }
            Outputs.requireCarried(o.protocol(), "output " + o.name());
            int top = "rtp-fec".equals(o.protocol()) ? 65531 : 65535;
            if (o.destination() == null || o.port() < 1 || o.port() > top) {
                throw new RelayException(
                        RelayException.Reason.INVALID_PLAN,
                        "output " + o.name() + " needs a destination and a port 1.." + top);
            }
        }
    }
}
