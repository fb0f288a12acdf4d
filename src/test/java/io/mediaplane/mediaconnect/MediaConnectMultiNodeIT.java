package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.UdpProbe.receiveOrNull;
import static io.mediaplane.mediaconnect.UdpProbe.receiver;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.support.Clients;
import io.mediaplane.support.TestDatabases;
import io.mediaplane.support.TestServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.Status;

/**
 * Several servers on one PostgreSQL database (the multi-node mode): each flow runs on exactly one
 * node, whichever node was asked; changes made through another node reach it; when its node stops,
 * or stops renewing its heartbeat, another node takes the flow over within a bounded time, and the
 * node that lost it stops relaying it.
 */
class MediaConnectMultiNodeIT {
    /** Far above the placement period (2 s) and heartbeat lifetime (10 s): a bound, not a measurement. */
    private static final Duration BOUND = Duration.ofSeconds(40);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private int seq;

    /** A node on its own host: here, its own loopback address as the shared media address. */
    private static TestServer node(String dbUrl, String mediaAddress) throws Exception {
        return TestServer.start(
                Duration.ofMillis(50),
                null,
                "verify",
                true,
                c -> c.withDbUrl(dbUrl).withMediaAddress(mediaAddress));
    }

    @Test
    void eachFlowRunsOnOneNodeAndAnotherTakesItOverWhenItsNodeStops() throws Exception {
        String db = TestDatabases.newPostgresUrl();
        int ingest = FlowFixtures.port();
        try (TestServer a = node(db, "127.0.0.1");
                DatagramSocket first = receiver();
                DatagramSocket second = receiver();
                DatagramSocket sender = new DatagramSocket()) {
            TestServer b = node(db, "127.0.0.2");
            try (MediaConnectClient viaA = Clients.mediaConnect(a.endpoint());
                    MediaConnectClient viaB = Clients.mediaConnect(b.endpoint())) {
                String arn = viaA.createFlow(FlowFixtures.rtpFlow("shared", ingest)
                                .outputs(FlowFixtures.rtpOutput("first", first.getLocalPort()))
                                .build())
                        .flow()
                        .flowArn();
                viaB.startFlow(r -> r.flowArn(arn));
                eventually("runs on the node asked", () -> runs(b, arn) && !runs(a, arn));
                relays(sender, "127.0.0.2", ingest, first, seq++);
                long until = System.nanoTime() + 3 * FlowReconciler.PERIOD.toNanos();
                while (System.nanoTime() < until) { // over a few placement passes the other node leaves it alone
                    assertEquals(1, count(a, arn) + count(b, arn), "on exactly one node");
                }
                assertEquals(Status.ACTIVE, status(viaA, arn), "no node failed to bind its port");

                viaA.addFlowOutputs(
                        r -> r.flowArn(arn).outputs(FlowFixtures.rtpOutput("second", second.getLocalPort())));
                eventually("the change made through the other node applied", () -> {
                    relays(sender, "127.0.0.2", ingest, first, seq++);
                    return receiveOrNull(second, 300) != null;
                });

                b.close();
                eventually("taken over by the node left", () -> runs(a, arn));
                assertEquals(Status.ACTIVE, status(viaA, arn));
                relays(sender, "127.0.0.1", ingest, first, seq++);
            }
        }
    }

    @Test
    void aNodeWhoseHeartbeatExpiredLosesItsFlowsAndStopsThem() throws Exception {
        String db = TestDatabases.newPostgresUrl();
        int ingest = FlowFixtures.port();
        try (TestServer a = node(db, "127.0.0.1");
                TestServer b = node(db, "127.0.0.2");
                MediaConnectClient viaA = Clients.mediaConnect(a.endpoint());
                MediaConnectClient viaB = Clients.mediaConnect(b.endpoint())) {
            String arn = viaA.createFlow(FlowFixtures.rtpFlow("hung", ingest).build())
                    .flow()
                    .flowArn();
            viaA.startFlow(r -> r.flowArn(arn));
            eventually("runs on a", () -> runs(a, arn));
            // b's clock runs past a's heartbeat: to b, a is a node that stopped renewing (hung or cut off)
            b.clock().advance(FlowLeases.HEARTBEAT_TTL.plusSeconds(2));
            eventually("b takes it over and a, seeing that, stops it", () -> runs(b, arn) && !runs(a, arn));
            assertEquals(Status.ACTIVE, status(viaB, arn));

            viaA.stopFlow(r -> r.flowArn(arn));
            eventually("a stop through the other node reaches the node running it", () -> !runs(b, arn));
        }
    }

    private static Status status(MediaConnectClient mc, String arn) {
        return mc.describeFlow(r -> r.flowArn(arn)).flow().status();
    }

    private static boolean runs(TestServer node, String arn) throws Exception {
        return count(node, arn) == 1;
    }

    private static int count(TestServer node, String arn) throws Exception {
        JsonNode view = new ObjectMapper()
                .readTree(HTTP.send(
                                HttpRequest.newBuilder(node.endpoint().resolve("/_mediaplane/mediaconnect/flows"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        int n = 0;
        for (JsonNode f : view) {
            n += f.get("flowArn").asText().equals(arn) ? 1 : 0;
        }
        return n;
    }

    /** A packet sent to the ingest port comes out of {@code out} exactly once. */
    private static void relays(DatagramSocket sender, String address, int ingest, DatagramSocket out, int seq)
            throws Exception {
        byte[] packet = UdpProbe.rtp(seq);
        byte[] got = null;
        for (int attempt = 0; attempt < 50 && got == null; attempt++) {
            sender.send(new DatagramPacket(packet, packet.length, new InetSocketAddress(address, ingest)));
            got = receiveOrNull(out, 200);
        }
        assertArrayEquals(packet, got);
        assertNull(receiveOrNull(out, 200), "relayed once: one node runs the flow");
    }

    private static void eventually(String what, Callable<Boolean> done) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.call()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not within " + BOUND + ": " + what);
    }
}
