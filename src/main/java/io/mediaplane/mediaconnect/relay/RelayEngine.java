package io.mediaplane.mediaconnect.relay;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MediaConnect data plane: runs each flow's UDP relay ({@link RunningFlow}) on the media
 * address, and carries entitlements between flows in process. Start, update and stop are
 * serialised; the packets never wait for them.
 */
public final class RelayEngine implements FlowRuntime {
    private final InetAddress bindAddress;
    private final MeterRegistry registry;
    private final EntitlementHub hub = new EntitlementHub();
    private final ConcurrentHashMap<String, RunningFlow> flows = new ConcurrentHashMap<>();

    /**
     * @param bindAddress the media address sources listen on (the flows' IngestIp), e.g. 127.0.0.1 or 0.0.0.0
     * @param registry where per-flow, per-source and per-output meters are registered while flows run
     */
    public RelayEngine(InetAddress bindAddress, MeterRegistry registry) {
        this.bindAddress = bindAddress;
        this.registry = registry;
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
        flows.put(plan.flowArn(), RunningFlow.open(plan, bindAddress, hub, registry));
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
        flows.remove(plan.flowArn()).close();
        flows.put(plan.flowArn(), RunningFlow.open(plan, bindAddress, hub, registry));
    }

    @Override
    public synchronized void stop(String flowArn) {
        RunningFlow flow = flows.remove(flowArn);
        if (flow != null) {
            flow.close();
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
    public synchronized void close() {
        List.copyOf(flows.keySet()).forEach(this::stop);
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
