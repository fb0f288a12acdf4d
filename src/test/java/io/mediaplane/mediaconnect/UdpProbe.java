package io.mediaplane.mediaconnect;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/** Test helpers of the MediaConnect relay ITs: loopback receivers and small RTP packets. */
final class UdpProbe {
    private UdpProbe() {}

    /** A socket on a free loopback port that waits up to 5 s in {@link #receive}. */
    static DatagramSocket receiver() throws Exception {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(5000);
        return socket;
    }

    static byte[] receive(DatagramSocket socket) throws Exception {
        byte[] buf = new byte[2048];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.receive(p);
        return Arrays.copyOf(buf, p.getLength());
    }

    /** The next datagram within {@code millis}, or null. */
    static byte[] receiveOrNull(DatagramSocket socket, int millis) throws Exception {
        int before = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        try {
            return receive(socket);
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(before);
        }
    }

    /** A small RTP packet (MP2T payload type, SSRC 9) whose payload bytes are its sequence number. */
    static byte[] rtp(int seq) {
        byte[] p = new byte[12 + 188];
        p[0] = (byte) 0x80;
        p[1] = 33;
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        p[11] = 9;
        Arrays.fill(p, 12, p.length, (byte) seq);
        return p;
    }
}
