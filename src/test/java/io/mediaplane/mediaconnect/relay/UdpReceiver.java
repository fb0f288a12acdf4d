package io.mediaplane.mediaconnect.relay;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test helper: a loopback UDP socket whose datagrams a thread collects (with the sender's address). */
final class UdpReceiver implements AutoCloseable {
    /** A datagram, who sent it, and when it was received ({@link System#nanoTime}). */
    record Datagram(byte[] data, InetSocketAddress sender, long nanos) {}

    private final DatagramSocket socket;
    private final LinkedBlockingQueue<Datagram> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    UdpReceiver() throws IOException {
        this(0);
    }

    UdpReceiver(int port) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        socket.setReceiveBufferSize(4 << 20);
        thread = Thread.ofPlatform().daemon().start(this::run);
    }

    private void run() {
        byte[] buf = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            long now = System.nanoTime();
            queue.add(new Datagram(Arrays.copyOf(buf, p.getLength()), (InetSocketAddress) p.getSocketAddress(), now));
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The next {@code n} datagrams, waiting up to a generous 60 s for them; fails if they do not come. */
    List<Datagram> take(int n) throws InterruptedException {
        List<Datagram> out = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (out.size() < n) {
            Datagram d = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (d == null) {
                throw new AssertionError("received " + out.size() + " of " + n + " datagrams");
            }
            out.add(d);
        }
        return out;
    }

    /** Whatever arrives within {@code millis}. */
    List<Datagram> drain(long millis) throws InterruptedException {
        List<Datagram> out = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        Datagram d;
        while ((d = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            out.add(d);
        }
        return out;
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
