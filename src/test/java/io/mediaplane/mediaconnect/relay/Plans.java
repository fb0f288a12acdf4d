package io.mediaplane.mediaconnect.relay;

import io.mediaplane.media.fec.FecDecoder;
import io.mediaplane.media.rtp.ReorderBuffer;
import io.mediaplane.media.rtp.RtpHeader;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Test helpers: plans, free ports, RTP packets, polling and an FEC receiver. */
final class Plans {
    private static final String ARN = "arn:aws:mediaconnect:us-east-1:000000000000:";

    private Plans() {}

    static FlowPlan.SourcePlan source(String protocol, int port) {
        return new FlowPlan.SourcePlan(ARN + "source:1-src:src", "src", protocol, null, port, null, null, 200, null);
    }

    static FlowPlan.OutputPlan output(String name, String protocol, int port) {
        return new FlowPlan.OutputPlan(
                ARN + "output:1-" + name + ":" + name, name, protocol, "127.0.0.1", port, null, null);
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
        from.send(new java.net.DatagramPacket(
                p, p.length, new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
    }

    /** Waits (up to a generous 60 s: machines running these may be busy) until the condition holds; fails otherwise. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    /** What a receiver ({@link ReorderBuffer} + {@link FecDecoder}) made of a stream: packets in order, and how many it rebuilt. */
    record Decoded(List<byte[]> packets, long recovered) {}

    /** Receives {@code media} except the indexes in {@code lose}, then every column and row FEC packet. */
    static Decoded decode(List<byte[]> media, List<byte[]> columns, List<byte[]> rows, Set<Integer> lose) {
        ReorderBuffer reorder = new ReorderBuffer(1024, Long.MAX_VALUE / 4, true);
        FecDecoder decoder = new FecDecoder(reorder, 64);
        List<byte[]> out = new ArrayList<>();
        ReorderBuffer.Sink sink = (b, off, len, ext) -> out.add(java.util.Arrays.copyOfRange(b, off, off + len));
        FecDecoder.Recovered rec = (b, len) -> reorder.offer(b, 0, len, 0, sink) == ReorderBuffer.Outcome.HELD;
        for (int i = 0; i < media.size(); i++) {
            if (!lose.contains(i)) {
                reorder.offer(media.get(i), 0, media.get(i).length, 0, sink);
            }
        }
        columns.forEach(c -> decoder.onFec(c, 0, c.length, rec));
        rows.forEach(r -> decoder.onFec(r, 0, r.length, rec));
        reorder.flush(sink);
        return new Decoded(out, decoder.recovered());
    }
}
