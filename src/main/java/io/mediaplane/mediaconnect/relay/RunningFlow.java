package io.mediaplane.mediaconnect.relay;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One flow on the wire: its ingest sockets (received by its shard's loop), its sources' pipelines
 * (played out by its shard's timers) and its outputs. It owns no thread. Outputs can be swapped
 * while it runs; with two sources, the first is used while it delivers and the other once the
 * active one has been silent for 500 ms (hot/hot switching, decided as packets arrive).
 */
final class RunningFlow implements Ingest.Forward, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningFlow.class);
    private static final int RECEIVE_BUFFER = 8 << 20;
    private static final long FAILOVER_NANOS = 500_000_000L;

    /** The receive loop and timers a flow runs on. */
    record Shard(ReceiveLoop loop, Timers timers) {}

    private final FlowPlan plan;
    private final EntitlementHub hub;
    private final Shard shard;
    private final RelayTotals totals;
    private final List<Ingest> ingests = new ArrayList<>();
    private final List<DatagramChannel> channels = new ArrayList<>();
    private volatile Output[] outputs = new Output[0];
    private volatile Ingest active;
    private long retiredSent;

    private RunningFlow(FlowPlan plan, EntitlementHub hub, Shard shard, RelayTotals totals) {
        this.plan = plan;
        this.hub = hub;
        this.shard = shard;
        this.totals = totals;
        long now = System.nanoTime();
        for (FlowPlan.SourcePlan source : plan.sources()) {
            Ingest ingest = new Ingest(source, this, shard.timers(), now);
            ingest.lastPacketNanos = now;
            ingests.add(ingest);
        }
        this.active = ingests.get(0);
    }

    /** Binds every ingest port, opens the outputs and starts receiving; nothing is left open on failure. */
    static RunningFlow open(FlowPlan plan, InetAddress defaultAddress, EntitlementHub hub, Shard shard, RelayTotals t)
            throws RelayException {
        RunningFlow flow = new RunningFlow(plan, hub, shard, t);
        try {
            for (Ingest ingest : flow.ingests) {
                if (ingest.plan.entitlementArn() == null) {
                    InetAddress address = address(ingest.plan, defaultAddress);
                    int port = ingest.plan.ingestPort();
                    flow.bind(address, port, ingest::media);
                    if (ingest.hasFec()) {
                        flow.bind(address, port + 2, ingest::fec);
                        flow.bind(address, port + 4, ingest::fec);
                    }
                }
            }
            flow.replaceOutputs(plan.outputs());
        } catch (RelayException e) {
            flow.close(() -> {});
            throw e;
        }
        for (Ingest ingest : flow.ingests) {
            if (ingest.plan.entitlementArn() != null) {
                hub.subscribe(ingest.plan.entitlementArn(), ingest);
            }
        }
        return flow;
    }

    private static InetAddress address(FlowPlan.SourcePlan source, InetAddress fallback) throws RelayException {
        if (source.ingestIp() == null) {
            return fallback;
        }
        try {
            return InetAddress.getByName(source.ingestIp()); // a literal: the control plane stores addresses only
        } catch (java.net.UnknownHostException e) {
            throw new RelayException(
                    RelayException.Reason.INVALID_PLAN,
                    "ingest address " + source.ingestIp() + " is not an IP address");
        }
    }

    private void bind(InetAddress address, int port, ReceiveLoop.Receiver receiver) throws RelayException {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
            channel.bind(new InetSocketAddress(address, port));
            channel.configureBlocking(false);
            channels.add(channel);
            shard.loop().add(channel, receiver);
        } catch (IOException e) {
            closeQuietly(channel);
            if (e instanceof BindException) {
                throw new RelayException(
                        RelayException.Reason.PORT_IN_USE,
                        "UDP port " + port + " on " + address.getHostAddress() + " is already in use",
                        e);
            }
            throw new RelayException(
                    RelayException.Reason.INVALID_PLAN,
                    "cannot listen on UDP port " + port + " on " + address.getHostAddress() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Applies a new list of outputs: unchanged ones (equal plans) keep running untouched. */
    void replaceOutputs(List<FlowPlan.OutputPlan> plans) throws RelayException {
        Map<FlowPlan.OutputPlan, Output> current = new HashMap<>();
        for (Output o : outputs) {
            current.put(o.plan(), o);
        }
        List<Output> next = new ArrayList<>();
        List<Output> opened = new ArrayList<>();
        try {
            for (FlowPlan.OutputPlan p : plans) {
                Output keep = current.remove(p);
                if (keep != null) {
                    next.add(keep);
                } else {
                    Output o = Outputs.open(p, hub, shard.timers());
                    opened.add(o);
                    next.add(o);
                }
            }
        } catch (RelayException e) {
            opened.forEach(Output::close);
            throw e;
        }
        Output[] swapped = next.toArray(new Output[0]);
        List<Tally> gone = new ArrayList<>();
        for (Output o : current.values()) {
            o.close();
            gone.add(o.tally());
        }
        totals.retire(() -> outputs = swapped, gone);
        addSent(gone);
    }

    private synchronized void addSent(List<Tally> gone) {
        for (Tally t : gone) {
            retiredSent += t.get(Tally.Output.PACKETS);
        }
    }

    @Override
    public void forward(Ingest from, byte[] b, int off, int len) {
        if (from != active) {
            return;
        }
        if (ingests.size() > 1) {
            synchronized (ingests) { // two sources may overlap for a moment when the active one changes
                send(b, off, len);
            }
        } else {
            send(b, off, len);
        }
    }

    private void send(byte[] b, int off, int len) {
        for (Output o : outputs) {
            try {
                o.send(b, off, len);
            } catch (RuntimeException e) {
                o.tally().add(Tally.Output.ERRORS, 1);
            }
        }
    }

    @Override
    public void arrived(Ingest from, long at) {
        Ingest current = active;
        if (from != current && at - current.lastPacketNanos >= FAILOVER_NANOS) {
            LOG.info(
                    "flow {}: source {} silent, switching to {}",
                    plan.flowArn(),
                    current.plan.name(),
                    from.plan.name());
            active = from;
        }
    }

    FlowPlan plan() {
        return plan;
    }

    List<Ingest> ingests() {
        return ingests;
    }

    Output[] outputs() {
        return outputs;
    }

    FlowStats stats() {
        long[] s = new long[Tally.Source.values().length];
        for (Ingest i : ingests) {
            for (Tally.Source key : Tally.Source.values()) {
                s[key.ordinal()] += i.tally.get(key);
            }
        }
        long sent;
        synchronized (this) {
            sent = retiredSent;
        }
        for (Output o : outputs) {
            sent += o.tally().get(Tally.Output.PACKETS);
        }
        return new FlowStats(
                s[Tally.Source.PACKETS.ordinal()],
                s[Tally.Source.BYTES.ordinal()],
                s[Tally.Source.LOST.ordinal()],
                s[Tally.Source.RECOVERED.ordinal()],
                s[Tally.Source.DROPPED_ALLOW_LIST.ordinal()],
                s[Tally.Source.DROPPED_BITRATE.ordinal()],
                s[Tally.Source.MALFORMED.ordinal()],
                sent);
    }

    /** Stops receiving and sending, then {@code unlink}s the flow from the running ones as its counts retire. */
    void close(Runnable unlink) {
        for (Ingest ingest : ingests) {
            ingest.close();
            if (ingest.plan.entitlementArn() != null) {
                hub.unsubscribe(ingest.plan.entitlementArn(), ingest);
            }
        }
        shard.loop().remove(channels);
        List<Tally> tallies = new ArrayList<>();
        for (Output o : outputs) {
            o.close();
            tallies.add(o.tally());
        }
        for (Ingest ingest : ingests) {
            tallies.add(ingest.tally);
        }
        totals.retire(unlink, tallies);
    }

    @Override
    public void close() {
        close(() -> {});
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
