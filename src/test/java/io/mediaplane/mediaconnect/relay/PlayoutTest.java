package io.mediaplane.mediaconnect.relay;

import static io.mediaplane.mediaconnect.relay.Plans.await;
import static io.mediaplane.mediaconnect.relay.Plans.flow;
import static io.mediaplane.mediaconnect.relay.Plans.freePort;
import static io.mediaplane.mediaconnect.relay.Plans.output;
import static io.mediaplane.mediaconnect.relay.Plans.rtp;
import static io.mediaplane.mediaconnect.relay.Plans.send;
import static io.mediaplane.mediaconnect.relay.Plans.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.rtp.RtpHeader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Constant-delay playout through the relay: a paced rtp stream with one packet that never
 * arrives keeps its spacing at the output. The sender sends every packet both to the relay and
 * to a reference socket, so the input spacing is measured as received, next to the output's, and
 * the sender's own timing does not matter. For each pair of consecutive output packets the test
 * takes |output gap - input gap|: the noise of a run is the 90th percentile of it over the gaps
 * before the loss. In a quiet run (noise under 0.5 ms) the gap across the loss and the two after
 * it must be within 1 ms of the input's. The machine is often too busy for that (other helpers
 * build on these two cores): then in most runs those gaps must not stand out from the run's noise
 * by more than 1 ms. Before constant-delay playout the packet after a loss left MaxLatency (1 s)
 * late and the rest followed in a burst, which fails either way.
 */
class PlayoutTest {
    private static final long MS = 1_000_000L;
    private static final int PACKETS = 60;
    private static final int LOST = 30;
    private static final long SPACING = 5 * MS;
    private static final long TOLERANCE = MS;
    private static final int ATTEMPTS = 8;

    private final RelayEngine engine = new RelayEngine(InetAddress.getLoopbackAddress(), new SimpleMeterRegistry());
    private final Random random = new Random(3);

    @AfterEach
    void close() {
        engine.close();
    }

    /** What one run measured: the largest deviation at the loss, and the noise before it. */
    private record Run(long atLoss, long noise) {
        boolean quiet() {
            return noise <= TOLERANCE / 2;
        }

        boolean blendsIn() {
            return atLoss <= noise + TOLERANCE;
        }

        @Override
        public String toString() {
            return "at the loss " + atLoss / 1000 + " µs, noise " + noise / 1000 + " µs";
        }
    }

    @Test
    void aSingleUnrecoverableLossDoesNotChangeTheSpacingOfThePacketsAfterIt() throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Run r = run(attempt);
            runs.add(r);
            if (r.quiet()) {
                assertTrue(r.atLoss() <= TOLERANCE, "a quiet run: " + r + "; all runs: " + runs);
                return;
            }
        }
        long blending = runs.stream().filter(Run::blendsIn).count();
        assertTrue(blending * 2 >= runs.size(), "the gaps at the loss stand out from the noise: " + runs);
        System.out.println("[PlayoutTest] machine too busy for the 1 ms check (no run with noise under 0.5 ms);"
                + " the gaps at the loss were within the noise + 1 ms in " + blending + " of " + runs.size()
                + " runs: " + runs);
    }

    private Run run(int attempt) throws Exception {
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                UdpReceiver reference = new UdpReceiver();
                DatagramSocket sender = new DatagramSocket()) {
            FlowPlan plan = flow("paced" + attempt, source("rtp", in), List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            long start = System.nanoTime() + 10 * MS;
            for (int i = 0; i < PACKETS; i++) {
                long due = start + i * SPACING;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                if (i != LOST) {
                    byte[] p = rtp(1000 + i, 1328, random);
                    send(sender, p, in);
                    send(sender, p, reference.port());
                }
            }
            List<UdpReceiver.Datagram> got = out.take(PACKETS - 1);
            List<UdpReceiver.Datagram> sent = reference.take(PACKETS - 1);
            await(
                    "the loss counted",
                    () -> engine.stats(plan.flowArn()).orElseThrow().packetsLost() == 1);
            engine.stop(plan.flowArn());
            long[] deviation = new long[got.size() - 1];
            long atLoss = 0;
            for (int k = 0; k + 1 < got.size(); k++) {
                int a = RtpHeader.sequence(got.get(k).data(), 0) - 1000;
                int b = RtpHeader.sequence(got.get(k + 1).data(), 0) - 1000;
                assertEquals(a + (a == LOST - 1 ? 2 : 1), b, "in order, only the lost one missing");
                long outGap = got.get(k + 1).nanos() - got.get(k).nanos();
                long inGap = sent.get(k + 1).nanos() - sent.get(k).nanos();
                deviation[k] = Math.abs(outGap - inGap);
                if (a >= LOST - 1 && a <= LOST + 2) {
                    atLoss = Math.max(atLoss, deviation[k]);
                }
            }
            long[] sorted = Arrays.copyOfRange(deviation, 5, LOST - 3);
            Arrays.sort(sorted);
            return new Run(atLoss, sorted[sorted.length * 9 / 10]);
        }
    }
}
