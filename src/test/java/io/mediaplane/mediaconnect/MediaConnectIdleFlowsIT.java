package io.mediaplane.mediaconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.config.AddressPool;
import io.mediaplane.config.Quotas;
import io.mediaplane.support.LiveServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;

/**
 * A thousand started flows that receive nothing cost next to nothing: under 2 % of one core
 * (process CPU time over a window, once the creating is over) and under 50 threads in the whole
 * JVM, and the metrics stay small and quick. One account (its flow quota raised by the quotas
 * settings) starts 1,000 flows, each on its own address of a loopback pool, all on one port.
 */
class MediaConnectIdleFlowsIT {
    private static final int FLOWS = 1000;
    private static final String BLOCK = "127." + ThreadLocalRandom.current().nextInt(100, 200) + "."
            + (4 * ThreadLocalRandom.current().nextInt(1, 60)) + ".0/22";

    @RegisterExtension
    final LiveServer server = LiveServer.create()
            .withRelay()
            .withConfig(c -> c.withMediaAddresses(AddressPool.parse(BLOCK))
                    .withQuotas(Quotas.parse("{\"mediaconnect\": {\"flows\": " + FLOWS + "}}")));

    @Test
    void aThousandStartedIdleFlowsUseUnderTwoPercentOfACoreAndFiftyThreads() throws Exception {
        MediaConnectClient mc = server.mediaConnect();
        int port = freeEverywhere();
        List<String> arns = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < FLOWS; i++) {
                String name = "idle" + i;
                pool.submit(() -> {
                    String arn = mc.createFlow(FlowFixtures.rtpFlow(name, port)
                                    .outputs(FlowFixtures.rtpOutput("out", 9))
                                    .build())
                            .flow()
                            .flowArn();
                    mc.startFlow(r -> r.flowArn(arn));
                    return arns.add(arn);
                });
            }
        }
        assertEquals(FLOWS, arns.size());
        String view = get("/_mediaplane/mediaconnect/flows");
        assertEquals(FLOWS, new ObjectMapper().readTree(view).size(), "every flow relays");

        long start = System.nanoTime();
        String metrics = get("/_mediaplane/metrics");
        long scrapeMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(metrics.length() < 100_000, "metrics of " + metrics.length() + " bytes");
        assertTrue(scrapeMillis < 2000, "metrics took " + scrapeMillis + " ms");
        assertTrue(metrics.contains("mediaplane_mediaconnect_flows_running " + FLOWS + ".0"), metrics);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int live = threads.getThreadCount();
        assertTrue(live < 50, live + " threads: " + names(threads));

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> windows = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long deadline = t0 + 5_000_000_000L;
            while (System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(deadline - System.nanoTime());
            }
            double share = (os.getProcessCpuTime() - cpu0) * 100.0 / (System.nanoTime() - t0);
            windows.add(String.format("%.2f %%", share));
            if (share < 2.0) {
                System.out.println("[MediaConnectIdleFlowsIT] " + FLOWS + " idle flows: " + live
                        + " threads, CPU per 5 s window " + windows + ", metrics " + metrics.length() + " bytes in "
                        + scrapeMillis + " ms");
                return;
            }
        }
        throw new AssertionError("the process used at least 2 % of a core in every 5 s window: " + windows);
    }

    /** A port no one uses on any address (flows bind it on each of their own). */
    private static int freeEverywhere() throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(30_000, 60_000);
            try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(port))) {
                return port;
            } catch (java.net.SocketException e) {
                // taken somewhere: another
            }
        }
        throw new IllegalStateException("no free port");
    }

    private static List<String> names(ThreadMXBean threads) {
        List<String> names = new ArrayList<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null) {
                names.add(t.getThreadName());
            }
        }
        return names;
    }

    private String get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(server.endpoint().resolve(path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }
}
