package io.mediaplane.mediaconnect.relay;

import static io.mediaplane.mediaconnect.relay.Plans.await;
import static io.mediaplane.mediaconnect.relay.Plans.decode;
import static io.mediaplane.mediaconnect.relay.Plans.flow;
import static io.mediaplane.mediaconnect.relay.Plans.freePort;
import static io.mediaplane.mediaconnect.relay.Plans.output;
import static io.mediaplane.mediaconnect.relay.Plans.rtp;
import static io.mediaplane.mediaconnect.relay.Plans.send;
import static io.mediaplane.mediaconnect.relay.Plans.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediaplane.media.fec.FecEncoder;
import io.mediaplane.media.fec.FecHeader;
import io.mediaplane.media.rtp.RtpHeader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SMPTE 2022-1 through the relay: recovered on rtp-fec sources, generated on rtp-fec outputs. */
class FecRelayTest {
    private final RelayEngine engine = new RelayEngine(InetAddress.getLoopbackAddress(), new SimpleMeterRegistry());
    private final Random random = new Random(7);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void anRtpFecSourceRecoversLostPacketsAndForwardsThemInOrder() throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan plan = flow("fec-in", source("rtp-fec", in), List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            FecEncoder encoder = new FecEncoder(5, 5, 0, 0);
            List<byte[]> media = new ArrayList<>();
            int dropped = 0;
            for (int i = 0; i < 300; i++) {
                byte[] p = rtp(1000 + i, 1328, random);
                media.add(p);
                boolean drop = i >= 25 && i < 250 && i % 5 == (i / 5) % 5;
                if (drop) {
                    dropped++;
                } else {
                    send(sender, p, in);
                }
                encoder.add(p, 0, p.length, (buf, len, row) -> {
                    try {
                        send(sender, java.util.Arrays.copyOf(buf, len), in + (row ? 4 : 2));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (i % 20 == 0) {
                    Thread.sleep(1);
                }
            }
            List<UdpReceiver.Datagram> got = out.take(300);
            for (int i = 0; i < 300; i++) {
                assertArrayEquals(media.get(i), got.get(i).data(), "packet " + i);
            }
            int expected = dropped;
            await(
                    "recovered counted",
                    () -> engine.stats(plan.flowArn()).orElseThrow().packetsRecovered() == expected);
            assertEquals(0, engine.stats(plan.flowArn()).orElseThrow().packetsLost());
        }
    }

    private static List<byte[]> bytes(List<UdpReceiver.Datagram> datagrams) {
        return datagrams.stream().map(UdpReceiver.Datagram::data).toList();
    }

    @Test
    void anRtpFecOutputCarriesColumnAndRowFecThatRecoverLosses() throws Exception {
        int in = freePort();
        int outPort = freePort();
        try (UdpReceiver media = new UdpReceiver(outPort);
                UdpReceiver columns = new UdpReceiver(outPort + 2);
                UdpReceiver rows = new UdpReceiver(outPort + 4);
                DatagramSocket sender = new DatagramSocket()) {
            engine.start(flow("fec-out", source("rtp", in), List.of(output("o", "rtp-fec", outPort))));
            List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] p = rtp(i, 1328, random);
                sent.add(p);
                send(sender, p, in);
            }
            List<UdpReceiver.Datagram> m = media.take(200);
            List<UdpReceiver.Datagram> c = columns.take(175 / 5);
            List<UdpReceiver.Datagram> r = rows.take(200 / 5 - 1);
            FecHeader column = FecHeader.parse(c.get(0).data(), 0, c.get(0).data().length);
            assertEquals(5, column.offset());
            assertEquals(5, column.na());
            FecHeader row = FecHeader.parse(r.get(0).data(), 0, r.get(0).data().length);
            assertEquals(1, row.offset());
            assertEquals(5, row.na());

            Set<Integer> lose = Set.of(30, 31, 77, 120, 125);
            Plans.Decoded decoded = decode(bytes(m), bytes(c), bytes(r), lose);
            List<byte[]> received = decoded.packets();
            assertEquals(lose.size(), decoded.recovered());
            assertEquals(200, received.size());
            for (int i = 0; i < 200; i++) {
                assertArrayEquals(sent.get(i), received.get(i));
                assertEquals(i, RtpHeader.sequence(received.get(i), 0));
            }
        }
    }
}
