package io.mediaplane.mediaconnect.relay;

import io.mediaplane.media.rtp.RtpHeader;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Test helpers: plans, free ports, RTP packets and polling. */
final class Plans {
    private static final String ARN = "arn:aws:mediaconnect:us-east-1:000000000000:";

    private Plans() {}

    static FlowPlan.SourcePlan source(String protocol, int port) {
        return new FlowPlan.SourcePlan(ARN + "source:1-src:src", "src", protocol, port, null, null, 200, null);
    }

    static FlowPlan.OutputPlan output(String name, String protocol, int port) {
        return new FlowPlan.OutputPlan(ARN + "output:1-" + name + ":" + name, name, protocol, "127.0.0.1", port, null,
                null);
    }

    static FlowPlan flow(String name, FlowPlan.SourcePlan source, List<FlowPlan.OutputPlan> outputs) {
        return new FlowPlan(ARN + "flow:1-" + name + ":" + name, "000000000000", name, List.of(source), outputs);
    }

    /** A port free now (with +2 and +4 free too, for rtp-fec). */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            if (port < 65000 && free(port) && free(port + 2) && free(port + 4)) {
                return port;
            }
        }
        throw new IOException("no free port");
    }

    private static boolean free(int port) {
        try (DatagramSocket s = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static byte[] rtp(int seq, int size, Random random) {
        byte[] p = new byte[size];
        random.nextBytes(p);
        RtpHeader.write(p, 0, false, 33, seq & 0xffff, seq * 300L, 0x1234);
        return p;
    }

    static void send(DatagramSocket from, byte[] p, int port) throws IOException {
        from.send(new java.net.DatagramPacket(p, p.length,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
    }

    /** Waits (up to 10 s) until the condition holds; fails otherwise. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
