package io.mediaplane.mediaconnect.relay;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One flow on the wire: its ingest sockets (non-blocking, in one selector) served by one platform
 * thread with one reused 64 KiB receive buffer, its sources' pipelines, and its outputs. In-order
 * packets go from the receive buffer to every output without a copy. Outputs can be swapped while
 * it runs; with two sources, the first is used while it delivers and the other after 500 ms of
 * silence (hot/hot switching).
 */
final class RunningFlow implements Ingest.Forward, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningFlow.class);
    private static final int RECEIVE_BUFFER = 8 << 20;
    private static final int BATCH = 256;
    private static final long TICK_MILLIS = 10;
    private static final long FAILOVER_NANOS = 500_000_000L;

    private record Port(DatagramChannel channel, Ingest ingest, boolean fec) {}

    private final FlowPlan plan;
    private final EntitlementHub hub;
    private final List<Ingest> ingests = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();
    private final Selector selector;
    private final byte[] buf = new byte[65536];
    private final ByteBuffer receive = ByteBuffer.wrap(buf);
    private final FlowMeters meters;
    private final java.util.function.Consumer<SelectionKey> ready = key -> drain((Port) key.attachment());
    private volatile Output[] outputs = new Output[0];
    private volatile Ingest active;
    private volatile boolean running = true;
    private long retiredSent;
    private Thread thread;

    private RunningFlow(FlowPlan plan, EntitlementHub hub, Selector selector, MeterRegistry registry) {
        this.plan = plan;
        this.hub = hub;
        this.selector = selector;
        long now = System.nanoTime();
        for (FlowPlan.SourcePlan source : plan.sources()) {
            ingests.add(new Ingest(source, this, now));
        }
        this.active = ingests.get(0);
        this.meters = new FlowMeters(registry, plan, ingests, this);
    }

    /** Binds every ingest port, opens the outputs and starts the thread; nothing is left open on failure. */
    static RunningFlow open(FlowPlan plan, InetAddress bindAddress, EntitlementHub hub, MeterRegistry registry)
            throws RelayException {
        Selector selector;
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new RelayException(RelayException.Reason.INVALID_PLAN, "cannot open a selector", e);
        }
        RunningFlow flow = new RunningFlow(plan, hub, selector, registry);
        try {
            for (Ingest ingest : flow.ingests) {
                if (ingest.plan.entitlementArn() == null) {
                    int port = ingest.plan.ingestPort();
                    flow.bind(bindAddress, port, ingest, false);
                    if (ingest.hasFec()) {
                        flow.bind(bindAddress, port + 2, ingest, true);
                        flow.bind(bindAddress, port + 4, ingest, true);
                    }
                }
            }
            flow.replaceOutputs(plan.outputs());
        } catch (RelayException e) {
            flow.close();
            throw e;
        }
        for (Ingest ingest : flow.ingests) {
            if (ingest.plan.entitlementArn() != null) {
                hub.subscribe(ingest.plan.entitlementArn(), ingest);
            }
        }
        flow.thread =
                Thread.ofPlatform().name("relay " + plan.flowName()).daemon().start(flow::loop);
        return flow;
    }

    private void bind(InetAddress address, int port, Ingest ingest, boolean fec) throws RelayException {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
            channel.bind(new InetSocketAddress(address, port));
            channel.configureBlocking(false);
            Port p = new Port(channel, ingest, fec);
            channel.register(selector, SelectionKey.OP_READ, p);
            ports.add(p);
        } catch (IOException e) {
            closeQuietly(channel);
            if (e instanceof BindException) {
                throw new RelayException(
                        RelayException.Reason.PORT_IN_USE,
                        "UDP port " + port + " on " + address.getHostAddress() + " is already in use",
                        e);
            }
            throw new RelayException(
                    RelayException.Reason.INVALID_PLAN, "cannot listen on UDP port " + port + ": " + e.getMessage(), e);
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
                    Output o = Outputs.open(p, hub, plan.flowName());
                    opened.add(o);
                    next.add(o);
                }
            }
        } catch (RelayException e) {
            opened.forEach(Output::close);
            throw e;
        }
        opened.forEach(meters::addOutput);
        outputs = next.toArray(new Output[0]);
        for (Output gone : current.values()) {
            synchronized (this) {
                retiredSent += gone.tally().get(Tally.Output.PACKETS);
            }
            meters.removeOutput(gone);
            gone.close();
        }
    }

    @Override
    public void forward(Ingest from, byte[] b, int off, int len) {
        if (from != active) {
            return;
        }
        for (Output o : outputs) {
            try {
                o.send(b, off, len);
            } catch (RuntimeException e) {
                o.tally().add(Tally.Output.ERRORS, 1);
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                selector.select(ready, TICK_MILLIS);
                long now = System.nanoTime();
                for (Ingest ingest : ingests) {
                    ingest.tick(now);
                }
                failover(now);
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (running) {
                    LOG.warn("flow {}: relay loop error, continuing", plan.flowArn(), e);
                }
            }
        }
    }

    private void drain(Port port) {
        for (int i = 0; i < BATCH; i++) {
            receive.clear();
            InetSocketAddress sender;
            try {
                sender = (InetSocketAddress) port.channel.receive(receive);
            } catch (IOException e) {
                return;
            }
            if (sender == null) {
                return;
            }
            long now = System.nanoTime();
            try {
                if (port.fec) {
                    port.ingest.fec(buf, receive.position(), sender.getAddress(), now);
                } else {
                    port.ingest.media(buf, receive.position(), sender.getAddress(), now);
                }
            } catch (RuntimeException e) {
                port.ingest.failed();
                LOG.debug("flow {}: packet rejected", plan.flowArn(), e);
            }
        }
    }

    private void failover(long now) {
        if (ingests.size() < 2 || now - active.lastPacketNanos < FAILOVER_NANOS) {
            return;
        }
        for (Ingest ingest : ingests) {
            if (ingest != active && now - ingest.lastPacketNanos < FAILOVER_NANOS) {
                LOG.info(
                        "flow {}: source {} silent, switching to {}",
                        plan.flowArn(),
                        active.plan.name(),
                        ingest.plan.name());
                active = ingest;
                return;
            }
        }
    }

    FlowPlan plan() {
        return plan;
    }

    FlowStats stats() {
        long packets = 0;
        long bytes = 0;
        long lost = 0;
        long recovered = 0;
        long allow = 0;
        long bitrate = 0;
        long malformed = 0;
        for (Ingest i : ingests) {
            packets += i.tally.get(Tally.Source.PACKETS);
            bytes += i.tally.get(Tally.Source.BYTES);
            lost += i.tally.get(Tally.Source.LOST);
            recovered += i.tally.get(Tally.Source.RECOVERED);
            allow += i.tally.get(Tally.Source.DROPPED_ALLOW_LIST);
            bitrate += i.tally.get(Tally.Source.DROPPED_BITRATE);
            malformed += i.tally.get(Tally.Source.MALFORMED);
        }
        long sent;
        synchronized (this) {
            sent = retiredSent;
        }
        for (Output o : outputs) {
            sent += o.tally().get(Tally.Output.PACKETS);
        }
        return new FlowStats(packets, bytes, lost, recovered, allow, bitrate, malformed, sent);
    }

    @Override
    public void close() {
        running = false;
        for (Ingest ingest : ingests) {
            if (ingest.plan.entitlementArn() != null) {
                hub.unsubscribe(ingest.plan.entitlementArn(), ingest);
            }
        }
        selector.wakeup();
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        ports.forEach(p -> closeQuietly(p.channel));
        for (Output o : outputs) {
            o.close();
        }
        meters.close();
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
