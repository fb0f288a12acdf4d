package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.UdpProbe.receive;
import static io.mediaplane.mediaconnect.UdpProbe.receiveOrNull;
import static io.mediaplane.mediaconnect.UdpProbe.receiver;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.support.LiveServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.Flow;
import software.amazon.awssdk.services.mediaconnect.model.GrantEntitlementRequest;
import software.amazon.awssdk.services.mediaconnect.model.Status;

/**
 * The control plane driving the production relay: flows created, started, stopped and entitled
 * through the AWS SDK move real RTP datagrams between UDP sockets, byte for byte.
 */
class MediaConnectRelayIT {
    private static final String SUBSCRIBER = "111122223333";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String SUBSCRIBER_KEY = "AKIDSUBSCRIBER000001";

    @RegisterExtension
    final LiveServer server = LiveServer.create().withRelay().withAccount(SUBSCRIBER_KEY, "sub-secret", SUBSCRIBER);

    MediaConnectClient owner() {
        return server.mediaConnect();
    }

    MediaConnectClient subscriber() {
        return server.mediaConnect(SUBSCRIBER_KEY);
    }

    @Test
    void anActiveFlowRelaysEveryPacketUnchangedToEachOutputAndStopsWhenStopped() throws Exception {
        int ingest = FlowFixtures.port();
        try (DatagramSocket out1 = receiver();
                DatagramSocket out2 = receiver();
                DatagramSocket sender = new DatagramSocket()) {
            Flow flow = owner().createFlow(FlowFixtures.rtpFlow("relay", ingest)
                            .outputs(
                                    FlowFixtures.rtpOutput("one", out1.getLocalPort()),
                                    FlowFixtures.rtpOutput("two", out2.getLocalPort()))
                            .build())
                    .flow();
            active(owner(), flow.flowArn());

            for (int seq = 0; seq < 50; seq++) {
                byte[] packet = rtp(seq);
                send(sender, packet, ingest);
                assertArrayEquals(packet, receive(out1), "output one, packet " + seq);
                assertArrayEquals(packet, receive(out2), "output two, packet " + seq);
            }
            String metrics = get("/_mediaplane/metrics");
            assertTrue(
                    metrics.lines().anyMatch(l -> l.equals("mediaplane_mediaconnect_source_packets_total 50.0")),
                    metrics);
            assertTrue(!metrics.contains(flow.flowArn()), "no per-flow series: a thousand flows stay cheap");
            JsonNode view = new ObjectMapper().readTree(get("/_mediaplane/mediaconnect/flows"));
            assertEquals(flow.flowArn(), view.get(0).get("flowArn").asText(), view.toString());
            assertEquals(50, view.get(0).get("sources").get(0).get("packets").asLong(), view.toString());
            assertEquals(50, view.get(0).get("outputs").get(1).get("packets").asLong(), view.toString());

            owner().stopFlow(r -> r.flowArn(flow.flowArn()));
            server.settle();
            assertEquals(
                    Status.STANDBY,
                    owner().describeFlow(r -> r.flowArn(flow.flowArn())).flow().status());
            send(sender, rtp(50), ingest);
            assertNull(receiveOrNull(out1, 300), "a stopped flow relays nothing");
            try (DatagramSocket rebound =
                    new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), ingest))) {
                assertTrue(rebound.isBound(), "a stopped flow has closed its ingest socket");
            }
        }
    }

    @Test
    void anEntitlementCarriesTheStreamToTheSubscribersFlowUntilRevoked() throws Exception {
        int ingest = FlowFixtures.port();
        try (DatagramSocket partner = receiver();
                DatagramSocket sender = new DatagramSocket()) {
            Flow origin = owner().createFlow(
                            FlowFixtures.rtpFlow("origin", ingest).build())
                    .flow();
            String entitlement = owner().grantFlowEntitlements(r -> r.flowArn(origin.flowArn())
                            .entitlements(GrantEntitlementRequest.builder()
                                    .name("partner")
                                    .subscribers(SUBSCRIBER)
                                    .build()))
                    .entitlements()
                    .get(0)
                    .entitlementArn();
            Flow sub = subscriber()
                    .createFlow(r -> r.name("partner-feed")
                            .source(s -> s.name("from-origin").entitlementArn(entitlement))
                            .outputs(FlowFixtures.rtpOutput("to-partner", partner.getLocalPort())))
                    .flow();
            active(owner(), origin.flowArn());
            active(subscriber(), sub.flowArn());

            for (int seq = 0; seq < 20; seq++) {
                byte[] packet = rtp(seq);
                send(sender, packet, ingest);
                assertArrayEquals(packet, receive(partner), "subscriber output, packet " + seq);
            }

            owner().revokeFlowEntitlement(r -> r.flowArn(origin.flowArn()).entitlementArn(entitlement));
            server.settle();
            send(sender, rtp(20), ingest);
            assertNull(receiveOrNull(partner, 300), "revoking the entitlement cuts the subscriber off");
        }
    }

    private String get(String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(server.endpoint().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private void active(MediaConnectClient client, String flowArn) {
        client.startFlow(r -> r.flowArn(flowArn));
        server.settle();
        Flow flow = client.describeFlow(r -> r.flowArn(flowArn)).flow();
        assertEquals(Status.ACTIVE, flow.status(), () -> "flow " + flowArn + ": " + flow);
    }

    /** A minimal RTP packet (version 2, MP2T payload type 33) carrying 7 TS packets' worth of bytes. */
    private static byte[] rtp(int seq) {
        ByteBuffer b = ByteBuffer.allocate(12 + 1316);
        b.put((byte) 0x80)
                .put((byte) 33)
                .putShort((short) seq)
                .putInt(seq * 3600)
                .putInt(0x12345678);
        byte[] payload = new byte[1316];
        Arrays.fill(payload, (byte) seq);
        for (int i = 0; i < payload.length; i += 188) {
            payload[i] = 0x47;
        }
        return b.put(payload).array();
    }

    private static void send(DatagramSocket sender, byte[] packet, int port) throws Exception {
        sender.send(new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), port));
    }
}
