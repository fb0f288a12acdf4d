package io.mediaplane.mediaconnect.relay;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Test helper: an RTP-FEC proxy between a sender and a flow. It listens on a port and port + 2 and
 * + 4, forwards to the same three ports of the target, and drops the media packets (counted from
 * the first) that {@code drop} selects. FEC packets always pass. Keeps every media packet it saw.
 */
final class LossyProxy implements AutoCloseable {
    private final DatagramSocket[] sockets = new DatagramSocket[3];
    private final List<byte[]> media = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> dropped = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    LossyProxy(int listen, int target, IntPredicate drop) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int k = 0; k < 3; k++) {
            sockets[k] = new DatagramSocket(new InetSocketAddress(loopback, listen + 2 * k));
            sockets[k].setReceiveBufferSize(4 << 20);
        }
        for (int k = 0; k < 3; k++) {
            int index = k;
            InetSocketAddress to = new InetSocketAddress(loopback, target + 2 * k);
            threads.add(Thread.ofPlatform().daemon().start(() -> relay(sockets[index], to, index == 0 ? drop : null)));
        }
    }

    private void relay(DatagramSocket socket, InetSocketAddress to, IntPredicate drop) {
        byte[] buf = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                if (drop != null) {
                    int i = media.size();
                    media.add(Arrays.copyOf(buf, p.getLength()));
                    if (drop.test(i)) {
                        dropped.add(i);
                        continue;
                    }
                }
                socket.send(new DatagramPacket(buf, p.getLength(), to));
            } catch (IOException e) {
                return;
            }
        }
    }

    List<byte[]> media() {
        return List.copyOf(media);
    }

    List<Integer> dropped() {
        return List.copyOf(dropped);
    }

    @Override
    public void close() {
        for (DatagramSocket s : sockets) {
            s.close();
        }
    }
}
