package io.mediaplane.mediaconnect.relay;

import io.mediaplane.media.fec.FecEncoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An rtp or rtp-fec output: each packet goes unchanged, one datagram each, to destination:port from
 * the output's own socket (connected to it). For rtp-fec, SMPTE 2022-1 FEC (L = D = 5, FFmpeg's prompeg default) is
 * generated from the packets sent: column FEC to port + 2, row FEC to port + 4.
 */
final class UdpOutput implements Output {
    static final int FEC_L = 5;
    static final int FEC_D = 5;
    private static final int SEND_BUFFER = 4 << 20;

    private final FlowPlan.OutputPlan plan;
    private final Tally tally;
    private final DatagramChannel media;
    private final DatagramChannel column;
    private final DatagramChannel row;
    private final FecEncoder fec;
    private final FecEncoder.Sink fecSink = this::sendFec;
    private byte[] wrapped;
    private ByteBuffer wrapper;

    UdpOutput(FlowPlan.OutputPlan plan, Tally tally) throws IOException {
        this.plan = plan;
        this.tally = tally;
        InetSocketAddress to = new InetSocketAddress(plan.destination(), plan.port());
        if (to.isUnresolved()) {
            throw new IOException("cannot resolve output destination " + plan.destination());
        }
        boolean withFec = "rtp-fec".equals(plan.protocol());
        int seed = ThreadLocalRandom.current().nextInt();
        this.fec = withFec ? new FecEncoder(FEC_L, FEC_D, seed & 0x0fff, (seed >>> 16) & 0x0fff) : null;
        this.media = connect(to);
        try {
            this.column = withFec ? connect(new InetSocketAddress(to.getAddress(), plan.port() + 2)) : null;
            this.row = withFec ? connect(new InetSocketAddress(to.getAddress(), plan.port() + 4)) : null;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /**
     * A socket connected to one destination: the kernel keeps its route, so a send is cheaper than
     * on an unconnected socket. (An ICMP port-unreachable from a closed destination fails the next
     * send; it is counted as an error, and that destination was not listening anyway.)
     */
    private static DatagramChannel connect(InetSocketAddress to) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER);
            channel.connect(to);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        write(buf, off, len, media);
        tally.add(Tally.Output.PACKETS, 1);
        tally.add(Tally.Output.BYTES, len);
        if (fec != null) {
            fec.add(buf, off, len, fecSink);
        }
    }

    private void sendFec(byte[] buf, int len, boolean isRow) {
        write(buf, 0, len, isRow ? row : column);
        tally.add(Tally.Output.FEC_PACKETS, 1);
    }

    private void write(byte[] buf, int off, int len, DatagramChannel to) {
        if (buf != wrapped) {
            wrapped = buf;
            wrapper = ByteBuffer.wrap(buf);
        }
        wrapper.limit(off + len).position(off);
        try {
            to.write(wrapper);
        } catch (IOException | RuntimeException e) {
            tally.add(Tally.Output.ERRORS, 1);
        }
    }

    @Override
    public FlowPlan.OutputPlan plan() {
        return plan;
    }

    @Override
    public Tally tally() {
        return tally;
    }

    @Override
    public void close() {
        for (DatagramChannel channel : new DatagramChannel[] {media, column, row}) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // closing a datagram socket does not fail in a way that matters
            }
        }
    }
}
