package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.UdpProbe.receiveOrNull;
import static io.mediaplane.mediaconnect.UdpProbe.receiver;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.config.AddressPool;
import io.mediaplane.support.LiveServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.Flow;
import software.amazon.awssdk.services.mediaconnect.model.Status;

/**
 * Ingest addresses from {@code --media-addresses}: flows of two accounts on the same IngestPort
 * both relay at once, each on its own address (as on AWS, where each flow has its own IngestIp);
 * with the pool taken, flows share {@code --media-address} and the second one to start on a port
 * reports ERROR without naming anyone else's flow; a flow keeps its address across a restart.
 */
class MediaConnectAddressesIT {
    private static final String OTHER_KEY = "AKIDADDRESSOTHER0001";
    private static final String OTHER_ACCOUNT = "111122223333";
    /** Two loopback addresses of a block few others would pick (any 127/8 address works on Linux). */
    private static final String BLOCK = "127." + ThreadLocalRandom.current().nextInt(100, 200) + "."
            + ThreadLocalRandom.current().nextInt(1, 250) + ".";

    @RegisterExtension
    final LiveServer server = LiveServer.create()
            .withRelay()
            .withAccount(OTHER_KEY, "other-secret", OTHER_ACCOUNT)
            .withConfig(c -> c.withMediaAddresses(AddressPool.parse(BLOCK + "1," + BLOCK + "2")));

    @Test
    void twoAccountsFlowsOnOnePortRelayAtOnceEachOnItsOwnAddress() throws Exception {
        int port = FlowFixtures.port();
        try (DatagramSocket mineOut = receiver();
                DatagramSocket theirsOut = receiver();
                DatagramSocket sender = new DatagramSocket()) {
            Flow mine = server.mediaConnect()
                    .createFlow(FlowFixtures.rtpFlow("mine", port)
                            .outputs(FlowFixtures.rtpOutput("out", mineOut.getLocalPort()))
                            .build())
                    .flow();
            Flow theirs = server.mediaConnect(OTHER_KEY)
                    .createFlow(FlowFixtures.rtpFlow("theirs", port)
                            .outputs(FlowFixtures.rtpOutput("out", theirsOut.getLocalPort()))
                            .build())
                    .flow();
            assertEquals(BLOCK + "1", mine.source().ingestIp());
            assertEquals(BLOCK + "2", theirs.source().ingestIp());
            active(server.mediaConnect(), mine.flowArn());
            active(server.mediaConnect(OTHER_KEY), theirs.flowArn());

            relays(sender, mine.source().ingestIp(), port, mineOut, theirsOut);
            relays(sender, theirs.source().ingestIp(), port, theirsOut, mineOut);

            Flow shared = server.mediaConnect()
                    .createFlow(FlowFixtures.rtpFlow("shared", port).build())
                    .flow();
            Flow clash = server.mediaConnect(OTHER_KEY)
                    .createFlow(FlowFixtures.rtpFlow("clash", port).build())
                    .flow();
            assertEquals("127.0.0.1", shared.source().ingestIp(), "the pool is taken: the shared address");
            assertEquals("127.0.0.1", clash.source().ingestIp());
            active(server.mediaConnect(), shared.flowArn());
            server.mediaConnect(OTHER_KEY).startFlow(r -> r.flowArn(clash.flowArn()));
            server.settle();
            var described = server.mediaConnect(OTHER_KEY).describeFlow(r -> r.flowArn(clash.flowArn()));
            assertEquals(Status.ERROR, described.flow().status());
            String message = String.join(" ", described.messages().errors());
            assertTrue(message.contains("UDP port " + port + " on 127.0.0.1 is already in use"), message);
            assertTrue(
                    !message.contains(shared.flowArn()) && !message.contains("shared") && !message.contains("0000000"),
                    "names no other tenant: " + message);

            server.testServer().restart();
            assertEquals(
                    BLOCK + "2",
                    server.mediaConnect(OTHER_KEY)
                            .describeFlow(r -> r.flowArn(theirs.flowArn()))
                            .flow()
                            .source()
                            .ingestIp(),
                    "a flow keeps its address across a restart");
            relays(sender, theirs.source().ingestIp(), port, theirsOut, mineOut);
            relays(sender, mine.source().ingestIp(), port, mineOut, theirsOut);
        }
    }

    @Test
    void aDeletedFlowsAddressGoesToTheNextFlow() {
        MediaConnectClient mc = server.mediaConnect();
        Flow first = mc.createFlow(
                        FlowFixtures.rtpFlow("first", FlowFixtures.port()).build())
                .flow();
        Flow second = mc.createFlow(
                        FlowFixtures.rtpFlow("second", FlowFixtures.port()).build())
                .flow();
        assertNotEquals(first.source().ingestIp(), second.source().ingestIp());
        mc.deleteFlow(r -> r.flowArn(first.flowArn()));
        Flow third = mc.createFlow(
                        FlowFixtures.rtpFlow("third", FlowFixtures.port()).build())
                .flow();
        assertEquals(first.source().ingestIp(), third.source().ingestIp());
    }

    /** A packet sent to address:port comes out of {@code expected} only. */
    private static void relays(
            DatagramSocket sender, String address, int port, DatagramSocket expected, DatagramSocket other)
            throws Exception {
        byte[] packet = UdpProbe.rtp(address.hashCode() & 0xffff);
        byte[] got = null;
        for (int attempt = 0; attempt < 50 && got == null; attempt++) { // the first may come before the flow is up
            sender.send(new DatagramPacket(packet, packet.length, new InetSocketAddress(address, port)));
            got = receiveOrNull(expected, 200);
        }
        assertArrayEquals(packet, got, "relayed from " + address + ":" + port);
        while (receiveOrNull(expected, 100) != null) {
            // repeats of the packet
        }
        assertNull(receiveOrNull(other, 100), "not by the other flow");
    }

    private void active(MediaConnectClient client, String flowArn) {
        client.startFlow(r -> r.flowArn(flowArn));
        server.settle();
        Flow flow = client.describeFlow(r -> r.flowArn(flowArn)).flow();
        assertEquals(Status.ACTIVE, flow.status(), () -> "flow " + flowArn + ": " + flow);
    }
}
