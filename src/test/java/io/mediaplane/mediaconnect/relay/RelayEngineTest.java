package io.mediaplane.mediaconnect.relay;

import static io.mediaplane.mediaconnect.relay.Plans.await;
import static io.mediaplane.mediaconnect.relay.Plans.flow;
import static io.mediaplane.mediaconnect.relay.Plans.freePort;
import static io.mediaplane.mediaconnect.relay.Plans.output;
import static io.mediaplane.mediaconnect.relay.Plans.rtp;
import static io.mediaplane.mediaconnect.relay.Plans.send;
import static io.mediaplane.mediaconnect.relay.Plans.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.rtp.RtpHeader;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The relay driven through {@link FlowRuntime} with plain UDP sockets on loopback. */
class RelayEngineTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RelayEngine engine = new RelayEngine(InetAddress.getLoopbackAddress(), registry);
    private final Random random = new Random(42);

    @AfterEach
    void close() {
        engine.close();
        registry.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> sourceView(FlowPlan plan) {
        Map<String, Object> flow = engine.view().stream()
                .filter(f -> f.get("flowArn").equals(plan.flowArn()))
                .findFirst()
                .orElseThrow();
        return ((List<Map<String, Object>>) flow.get("sources")).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Object> outputNames(FlowPlan plan) {
        Map<String, Object> flow = engine.view().stream()
                .filter(f -> f.get("flowArn").equals(plan.flowArn()))
                .findFirst()
                .orElseThrow();
        return ((List<Map<String, Object>>) flow.get("outputs"))
                .stream().map(o -> o.get("name")).toList();
    }

    @Test
    void everyPacketGoesUnchangedToEveryOutput() throws Exception {
        int in = freePort();
        try (UdpReceiver a = new UdpReceiver();
                UdpReceiver b = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan plan =
                    flow("two", source("rtp", in), List.of(output("a", "rtp", a.port()), output("b", "rtp", b.port())));
            engine.start(plan);
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] p = rtp(65500 + i, 1328, random);
                sent.add(p);
                send(sender, p, in);
            }
            for (UdpReceiver r : List.of(a, b)) {
                List<UdpReceiver.Datagram> got = r.take(200);
                for (int i = 0; i < 200; i++) {
                    assertArrayEquals(sent.get(i), got.get(i).data());
                }
            }
            await("stats", () -> engine.stats(plan.flowArn()).orElseThrow().packetsSent() == 400);
            FlowStats stats = engine.stats(plan.flowArn()).orElseThrow();
            assertEquals(200, stats.packetsReceived());
            assertEquals(200L * 1328, stats.bytesReceived());
            assertEquals(0, stats.packetsLost());
        }
    }

    @Test
    void packetsAreReorderedAndGapsCountedLost() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan plan = flow("reorder", source("rtp", in), List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            for (int seq : new int[] {1, 3, 2, 4, 7, 6, 9}) {
                send(sender, rtp(seq, 200, random), in);
            }
            List<Integer> order = new ArrayList<>();
            for (UdpReceiver.Datagram d : out.take(7)) {
                order.add(RtpHeader.sequence(d.data(), 0));
            }
            assertEquals(List.of(1, 2, 3, 4, 6, 7, 9), order);
            await(
                    "5 and 8 lost",
                    () -> engine.stats(plan.flowArn()).orElseThrow().packetsLost() == 2);
        }
    }

    /**
     * An encoder restarts four times keeping its SSRC, each time jumping back (50, 500, 4,000 and
     * 30,000 sequence numbers), then once more with a new SSRC: at most 3 packets are lost each time.
     */
    @Test
    void aSenderThatRestartsLosesAtMostThreePacketsEachTime() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan plan = flow("restarts", source("rtp", in), List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            int[] starts = {20_000, 20_100 - 50, 20_150 - 500, 19_750 - 4_000, 15_850 - 30_000, 7};
            int sent = 0;
            for (int run = 0; run < starts.length; run++) {
                for (int i = 0; i < 100; i++) {
                    byte[] p = rtp(starts[run] + i, 400, random);
                    RtpHeader.putU32(p, 8, run == starts.length - 1 ? 0x9999 : 0x1234);
                    send(sender, p, in);
                    sent++;
                    if (i % 10 == 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                    }
                }
            }
            List<UdpReceiver.Datagram> got = out.drain(0);
            await(
                    "the stream to settle",
                    () -> engine.stats(plan.flowArn()).orElseThrow().packetsSent() >= 600 - 3L * (starts.length - 1));
            got = new ArrayList<>(got);
            got.addAll(out.drain(500));
            assertTrue(got.size() >= sent - 3 * (starts.length - 1), "delivered " + got.size() + " of " + sent);
            assertEquals(4L, sourceView(plan).get("restarts"), "four restarts under the same SSRC");
        }
    }

    @Test
    void packetsFromOutsideTheAllowListAreDroppedAndCounted() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket outsider = new DatagramSocket(0, InetAddress.getByName("127.0.0.2"));
                DatagramSocket insider = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            FlowPlan.SourcePlan s =
                    new FlowPlan.SourcePlan("arn:src", "src", "rtp", null, in, "127.0.0.1/32", null, 100, null);
            FlowPlan plan = flow("allow", s, List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            for (int i = 0; i < 10; i++) {
                send(outsider, rtp(i, 100, random), in);
            }
            byte[] ok = rtp(100, 100, random);
            send(insider, ok, in);
            assertArrayEquals(ok, out.take(1).get(0).data());
            await(
                    "allow-list drops",
                    () -> engine.stats(plan.flowArn()).orElseThrow().droppedByAllowList() == 10);
            assertTrue(
                    registry.scrape()
                            .contains("mediaplane_mediaconnect_source_dropped_total{reason=\"allow_list\"} 10.0"),
                    registry.scrape());
            assertEquals(10L, sourceView(plan).get("droppedAllowList"), "the per-flow view");
        }
    }

    @Test
    void trafficAboveMaxBitrateIsDroppedAndCounted() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan.SourcePlan s =
                    new FlowPlan.SourcePlan("arn:src", "src", "rtp", null, in, null, 1_000_000, 100, null);
            FlowPlan plan = flow("capped", s, List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            for (int i = 0; i < 300; i++) {
                send(sender, rtp(i, 1328, random), in);
            }
            await(
                    "all 300 seen",
                    () -> engine.stats(plan.flowArn()).orElseThrow().packetsReceived() == 300);
            FlowStats stats = engine.stats(plan.flowArn()).orElseThrow();
            assertTrue(stats.droppedByBitrate() > 0, "a 300-packet burst is 3.2 Mbit, the bucket holds 64 KiB");
            assertEquals(300 - stats.droppedByBitrate(), out.drain(300).size());
        }
    }

    @Test
    void garbageAndOversizeDatagramsLeaveTheFlowRunning() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            sender.setSendBufferSize(1 << 20);
            FlowPlan plan = flow("garbage", source("rtp-fec", in), List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            send(sender, rtp(1, 500, random), in);
            for (int i = 0; i < 50; i++) {
                byte[] junk = new byte[random.nextInt(1500)];
                random.nextBytes(junk);
                junk[0] = (byte) (junk.length > 0 && i % 2 == 0 ? 0x40 : 0x00);
                send(sender, junk, in);
                send(sender, junk, in + 2);
                send(sender, junk, in + 4);
            }
            send(sender, new byte[9000], in);
            send(sender, new byte[65000], in);
            byte[] big = rtp(2, 9000, random);
            send(sender, big, in);
            byte[] after = rtp(3, 500, random);
            send(sender, after, in);
            List<UdpReceiver.Datagram> got = out.take(3);
            assertArrayEquals(big, got.get(1).data());
            assertArrayEquals(after, got.get(2).data());
            await(
                    "malformed counted",
                    () -> engine.stats(plan.flowArn()).orElseThrow().malformed() >= 52);
            assertTrue(engine.isRunning(plan.flowArn()));
        }
    }

    @Test
    void aSourceThatGoesSilentPicksUpWhenTrafficResumes() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan plan = flow("silent", source("rtp", in), List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            send(sender, rtp(1, 100, random), in);
            out.take(1);
            Thread.sleep(300);
            byte[] resumed = rtp(2, 100, random);
            send(sender, resumed, in);
            assertArrayEquals(resumed, out.take(1).get(0).data());
            assertTrue(engine.isRunning(plan.flowArn()));
        }
    }

    @Test
    void aPortInUseIsRefused() throws Exception {
        int in = freePort();
        try (DatagramSocket taken = new DatagramSocket(in, InetAddress.getLoopbackAddress())) {
            RelayException e =
                    assertThrows(RelayException.class, () -> engine.start(flow("taken", source("rtp", in), List.of())));
            assertEquals(RelayException.Reason.PORT_IN_USE, e.reason());
            assertTrue(e.getMessage().contains(Integer.toString(in)), e.getMessage());
        }
        engine.start(flow("first", source("rtp", in), List.of()));
        RelayException e = assertThrows(
                RelayException.class, () -> engine.start(flow("second", source("rtp-fec", in - 2), List.of())));
        assertEquals(RelayException.Reason.PORT_IN_USE, e.reason(), "port+2 of an rtp-fec source");
        assertFalse(
                engine.isRunning(flow("second", source("rtp", in), List.of()).flowArn()));
        engine.start(flow("third", source("rtp", in + 1), List.of()));
    }

    @Test
    void zixiIsNotCarried() {
        RelayException e = assertThrows(
                RelayException.class, () -> engine.start(flow("zixi", source("zixi-push", 2088), List.of())));
        assertEquals(RelayException.Reason.TRANSPORT_NOT_AVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("zixi-push"), e.getMessage());
        RelayException out = assertThrows(
                RelayException.class,
                () -> engine.start(flow("zixi-out", source("rtp", 5000), List.of(output("z", "zixi-push", 2088)))));
        assertEquals(RelayException.Reason.TRANSPORT_NOT_AVAILABLE, out.reason());
    }

    @Test
    void stopClosesTheSocketsAndRemovesTheMeters() throws Exception {
        int in = freePort();
        FlowPlan plan = flow("stopping", source("rtp-fec", in), List.of(output("o", "rtp", 9)));
        engine.start(plan);
        assertTrue(registry.scrape().contains("mediaplane_mediaconnect_flows_running 1.0"));
        assertEquals(1, engine.view().size());
        engine.stop(plan.flowArn());
        assertFalse(engine.isRunning(plan.flowArn()));
        assertTrue(engine.stats(plan.flowArn()).isEmpty());
        assertTrue(engine.view().isEmpty());
        assertTrue(registry.scrape().contains("mediaplane_mediaconnect_flows_running 0.0"));
        for (int port : new int[] {in, in + 2, in + 4}) {
            new DatagramSocket(port, InetAddress.getLoopbackAddress()).close();
        }
    }

    @Test
    void updateSwapsOutputsWithoutDisturbingUnchangedOnes() throws Exception {
        int in = freePort();
        try (UdpReceiver kept = new UdpReceiver();
                UdpReceiver removed = new UdpReceiver();
                UdpReceiver added = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan.OutputPlan keep = output("kept", "rtp", kept.port());
            FlowPlan plan =
                    flow("updating", source("rtp", in), List.of(keep, output("removed", "rtp", removed.port())));
            engine.start(plan);
            send(sender, rtp(1, 100, random), in);
            int keptFrom = kept.take(1).get(0).sender().getPort();
            removed.take(1);
            engine.update(new FlowPlan(
                    plan.flowArn(),
                    plan.accountId(),
                    plan.flowName(),
                    plan.sources(),
                    List.of(keep, output("added", "rtp", added.port()))));
            send(sender, rtp(2, 100, random), in);
            assertEquals(keptFrom, kept.take(1).get(0).sender().getPort(), "same socket: the output was not reopened");
            assertEquals(2, RtpHeader.sequence(added.take(1).get(0).data(), 0));
            assertTrue(removed.drain(200).isEmpty());
            assertEquals(List.of("kept", "added"), outputNames(plan));
            await(
                    "the removed output's packets still counted",
                    () -> registry.scrape().contains("mediaplane_mediaconnect_output_packets_total 4.0"));
        }
    }

    @Test
    void aChangedSourceMovesTheIngestPort() throws Exception {
        int first = freePort();
        int second = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan plan = flow("moving", source("rtp", first), List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            engine.update(flow("moving", source("rtp", second), plan.outputs()));
            byte[] p = rtp(1, 100, random);
            send(sender, p, second);
            assertArrayEquals(p, out.take(1).get(0).data());
            new DatagramSocket(first, InetAddress.getLoopbackAddress()).close();
        }
    }

    @Test
    void entitledFlowsReceiveWhatTheOriginatorPublishes() throws Exception {
        int in = freePort();
        String entitlement = "arn:aws:mediaconnect:us-east-1:000000000000:entitlement:1-ent:ent";
        try (UdpReceiver subscriberOut = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan.OutputPlan publish =
                    new FlowPlan.OutputPlan("arn:out-ent", "ent-output", null, null, 0, null, entitlement);
            FlowPlan origin = flow("origin", source("rtp", in), List.of(publish));
            FlowPlan.SourcePlan entitled =
                    new FlowPlan.SourcePlan("arn:src-ent", "entitled", null, null, 0, null, null, null, entitlement);
            FlowPlan subscriber = new FlowPlan(
                    "arn:aws:mediaconnect:us-east-1:111111111111:flow:1-sub:sub",
                    "111111111111",
                    "sub",
                    List.of(entitled),
                    List.of(output("o", "rtp", subscriberOut.port())));
            engine.start(origin);
            engine.start(subscriber);
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                byte[] p = rtp(i, 700, random);
                sent.add(p);
                send(sender, p, in);
            }
            List<UdpReceiver.Datagram> got = subscriberOut.take(20);
            for (int i = 0; i < 20; i++) {
                assertArrayEquals(sent.get(i), got.get(i).data());
            }
            assertEquals(20, engine.stats(subscriber.flowArn()).orElseThrow().packetsReceived());
            engine.update(
                    new FlowPlan(origin.flowArn(), origin.accountId(), origin.flowName(), origin.sources(), List.of()));
            send(sender, rtp(20, 700, random), in);
            assertTrue(subscriberOut.drain(200).isEmpty(), "revoked: the entitlement's output is gone");
            engine.update(origin);
            byte[] again = rtp(21, 700, random);
            send(sender, again, in);
            assertArrayEquals(again, subscriberOut.take(1).get(0).data());
            engine.stop(subscriber.flowArn());
            send(sender, rtp(22, 700, random), in);
            assertTrue(subscriberOut.drain(200).isEmpty());
        }
    }

    @Test
    void smoothedOutputsDeliverEverythingInOrder() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan.OutputPlan smooth =
                    new FlowPlan.OutputPlan("arn:smooth", "smooth", "rtp", "127.0.0.1", out.port(), 100, null);
            engine.start(flow("smooth", source("rtp", in), List.of(smooth)));
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                byte[] p = rtp(i, 1328, random);
                sent.add(p);
                send(sender, p, in);
                if (i % 50 == 0) {
                    Thread.sleep(20);
                }
            }
            List<UdpReceiver.Datagram> got = out.take(500);
            for (int i = 0; i < 500; i++) {
                assertArrayEquals(sent.get(i), got.get(i).data());
            }
        }
    }
}
