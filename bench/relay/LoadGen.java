import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Relay load generator (bench/relay): sends RTP packets with 1316-byte payloads at a set rate to
 * one or more ports on 127.0.0.1 and receives what the relay under test sends on to the output
 * ports. Each run is a new RTP stream (random SSRC, as FFmpeg does). Each payload starts with the send time (System.nanoTime, the same clock in every process
 * here), so each receiver measures the added latency. Prints one line of JSON.
 *
 *   java LoadGen.java --to 5000[,5002...] --from 6000[,6002...] --mbps 200 --seconds 5
 *   java LoadGen.java --to 5000,5001,... --from 6000,6001,... --mbps 2 --seconds 5 --each
 *
 * Packets are sent in small bursts every 100 µs to hold the rate; with several --to ports each
 * packet goes to each of them (for socat, which has no fan-out). With --each, each --to port is a
 * stream of its own at --mbps (its own SSRC and sequence numbers), received on the --from port at
 * the same position, by one selector thread. The first second is warm-up: counted, but not in the
 * latency histogram.
 */
public class LoadGen {
    static final int PAYLOAD = 1316;
    static final int SIZE = 12 + PAYLOAD;

    public static void main(String[] args) throws Exception {
        List<Integer> to = ports(arg(args, "--to", "5000"));
        List<Integer> from = ports(arg(args, "--from", "6000"));
        double mbps = Double.parseDouble(arg(args, "--mbps", "100"));
        double seconds = Double.parseDouble(arg(args, "--seconds", "5"));
        long warmup = 1_000_000_000L;
        if (List.of(args).contains("--each")) {
            Streams.run(to, from, mbps, seconds, warmup);
            return;
        }

        AtomicBoolean running = new AtomicBoolean(true);
        List<Receiver> receivers = new ArrayList<>();
        for (int port : from) {
            receivers.add(new Receiver(port, running));
        }
        receivers.forEach(r -> r.thread.start());
        Thread.sleep(200);

        DatagramChannel out = DatagramChannel.open();
        out.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
        List<InetSocketAddress> targets = to.stream().map(p -> new InetSocketAddress("127.0.0.1", p)).toList();
        ByteBuffer buf = ByteBuffer.allocateDirect(SIZE);
        double packetsPerNano = mbps * 1e6 / 8 / SIZE / 1e9;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long sent = 0;
        int seq = 0;
        int ssrc = new java.util.Random().nextInt();
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            long due = (long) ((now - start) * packetsPerNano);
            while (sent < due) {
                buf.clear();
                buf.put((byte) 0x80).put((byte) 33).putShort((short) seq++).putInt((int) sent).putInt(ssrc);
                buf.putLong(System.nanoTime()).putLong(System.nanoTime() - start > warmup ? 1 : 0);
                buf.position(SIZE).flip();
                for (InetSocketAddress t : targets) {
                    buf.position(0);
                    out.send(buf, t);
                }
                sent++;
            }
            LockSupport.parkNanos(100_000);
        }
        double actualSeconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(500);
        running.set(false);
        receivers.forEach(r -> r.channelClose());
        for (Receiver r : receivers) {
            r.thread.join();
        }
        StringBuilder json = new StringBuilder();
        json.append(String.format("{\"mbps\":%.1f,\"sent\":%d,\"sentMbps\":%.1f,\"outputs\":[", mbps, sent,
                sent * SIZE * 8 / actualSeconds / 1e6));
        for (int i = 0; i < receivers.size(); i++) {
            Receiver r = receivers.get(i);
            json.append(i == 0 ? "" : ",").append(String.format(
                    "{\"port\":%d,\"received\":%d,\"lost\":%d,\"p50us\":%.1f,\"p99us\":%.1f,\"p999us\":%.1f,\"maxus\":%.1f}",
                    r.port, r.received, sent - r.received, r.percentile(0.50), r.percentile(0.99),
                    r.percentile(0.999), r.max / 1e3));
        }
        System.out.println(json.append("]}"));
    }

    /** Receives on one port; a histogram of latency in 1 µs buckets up to 100 ms. */
    static final class Receiver {
        final int port;
        final DatagramChannel channel;
        final Thread thread;
        final long[] histogram = new long[100_001];
        long received;
        long measured;
        long max;

        /** A summary of another's counts (for --each), not receiving. */
        Receiver(long[] histogram, long measured, long max) {
            this.port = 0;
            this.channel = null;
            this.thread = null;
            System.arraycopy(histogram, 0, this.histogram, 0, histogram.length);
            this.measured = measured;
            this.max = max;
        }

        Receiver(int port, AtomicBoolean running) throws Exception {
            this.port = port;
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
            channel.bind(new InetSocketAddress("127.0.0.1", port));
            thread = new Thread(() -> run(running), "receiver " + port);
        }

        void run(AtomicBoolean running) {
            ByteBuffer buf = ByteBuffer.allocateDirect(65536);
            while (running.get()) {
                buf.clear();
                try {
                    channel.receive(buf);
                } catch (Exception e) {
                    return;
                }
                long now = System.nanoTime();
                if (buf.position() < 28) {
                    continue;
                }
                received++;
                if (buf.getLong(20) != 0) {
                    long latency = now - buf.getLong(12);
                    histogram[(int) Math.min(histogram.length - 1, Math.max(0, latency / 1000))]++;
                    measured++;
                    max = Math.max(max, latency);
                }
            }
        }

        void channelClose() {
            try {
                channel.close();
            } catch (Exception ignored) {
                // closing ends the receive
            }
        }

        double percentile(double p) {
            long target = (long) Math.ceil(measured * p);
            long seen = 0;
            for (int i = 0; i < histogram.length; i++) {
                seen += histogram[i];
                if (seen >= target && target > 0) {
                    return i + 0.5;
                }
            }
            return Double.NaN;
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static List<Integer> ports(String list) {
        List<Integer> ports = new ArrayList<>();
        for (String p : list.split(",")) {
            ports.add(Integer.parseInt(p.trim()));
        }
        return ports;
    }

    /** --each: one stream per --to port, each at the rate, received together by one selector thread. */
    static final class Streams {
        static void run(List<Integer> to, List<Integer> from, double mbps, double seconds, long warmup)
                throws Exception {
            int n = to.size();
            java.nio.channels.Selector selector = java.nio.channels.Selector.open();
            List<DatagramChannel> inputs = new ArrayList<>();
            for (int port : from) {
                DatagramChannel c = DatagramChannel.open();
                c.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
                c.bind(new InetSocketAddress("127.0.0.1", port));
                c.configureBlocking(false);
                c.register(selector, java.nio.channels.SelectionKey.OP_READ, inputs.size());
                inputs.add(c);
            }
            long[] received = new long[n];
            long[] histogram = new long[100_001];
            long[] measuredMax = new long[2];
            AtomicBoolean running = new AtomicBoolean(true);
            Thread receiver = new Thread(() -> {
                ByteBuffer buf = ByteBuffer.allocateDirect(65536);
                try {
                    while (running.get()) {
                        selector.select(key -> {
                            DatagramChannel c = (DatagramChannel) key.channel();
                            int stream = (Integer) key.attachment();
                            try {
                                while (true) {
                                    buf.clear();
                                    if (c.receive(buf) == null) {
                                        return;
                                    }
                                    long now = System.nanoTime();
                                    received[stream]++;
                                    if (buf.position() >= 28 && buf.getLong(20) != 0) {
                                        long latency = now - buf.getLong(12);
                                        histogram[(int) Math.min(histogram.length - 1, Math.max(0, latency / 1000))]++;
                                        measuredMax[0]++;
                                        measuredMax[1] = Math.max(measuredMax[1], latency);
                                    }
                                }
                            } catch (Exception e) {
                                // closed at the end
                            }
                        }, 100);
                    }
                } catch (Exception e) {
                    // closed at the end
                }
            }, "receiver");
            receiver.start();
            Thread.sleep(200);

            DatagramChannel out = DatagramChannel.open();
            out.setOption(StandardSocketOptions.SO_SNDBUF, 4 << 20);
            List<InetSocketAddress> targets = to.stream().map(p -> new InetSocketAddress("127.0.0.1", p)).toList();
            ByteBuffer buf = ByteBuffer.allocateDirect(SIZE);
            double packetsPerNano = mbps * 1e6 / 8 / SIZE / 1e9;
            int[] ssrc = new java.util.Random().ints(n).toArray();
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            long rounds = 0;
            while (true) {
                long now = System.nanoTime();
                if (now >= end) {
                    break;
                }
                long due = (long) ((now - start) * packetsPerNano);
                while (rounds < due) {
                    for (int i = 0; i < n; i++) {
                        buf.clear();
                        buf.put((byte) 0x80).put((byte) 33).putShort((short) rounds).putInt((int) rounds).putInt(ssrc[i]);
                        buf.putLong(System.nanoTime()).putLong(System.nanoTime() - start > warmup ? 1 : 0);
                        buf.position(SIZE).flip();
                        out.send(buf, targets.get(i));
                    }
                    rounds++;
                }
                LockSupport.parkNanos(100_000);
            }
            double actualSeconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(500);
            running.set(false);
            receiver.join();
            long total = 0;
            for (long r : received) {
                total += r;
            }
            long sent = rounds * n;
            Receiver summary = new Receiver(histogram, measuredMax[0], measuredMax[1]);
            System.out.println(String.format(
                    "{\"mbps\":%.1f,\"streams\":%d,\"sent\":%d,\"sentMbps\":%.1f,\"outputs\":[{\"port\":0,"
                            + "\"received\":%d,\"lost\":%d,\"p50us\":%.1f,\"p99us\":%.1f,\"p999us\":%.1f,\"maxus\":%.1f}]}",
                    mbps * n, n, sent, sent * SIZE * 8 / actualSeconds / 1e6, total, sent - total,
                    summary.percentile(0.50), summary.percentile(0.99), summary.percentile(0.999),
                    measuredMax[1] / 1e3));
        }
    }
}
