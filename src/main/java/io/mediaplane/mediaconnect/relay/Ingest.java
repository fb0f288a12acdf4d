package io.mediaplane.mediaconnect.relay;

import io.mediaplane.media.fec.FecDecoder;
import io.mediaplane.media.rtp.ReorderBuffer;
import java.net.InetAddress;

/**
 * One source of a flow, minus the sockets: allow-list, bitrate cap, then for rtp and rtp-fec the
 * reorder buffer (and the FEC decoder), then on to the flow's outputs. A source fed by an
 * entitlement passes packets straight on (the originator already put them in order). Runs on the
 * flow's thread (or, for an entitlement, the publisher's); never throws for a packet.
 */
final class Ingest {
    /** Capacity of the reorder buffer (and of the FEC history): 4096 packets. */
    static final int REORDER_CAPACITY = 4096;

    static final int DEFAULT_MAX_LATENCY_MILLIS = 1000;

    /** Where in-order packets go: the flow, which sends them to its outputs if this source is active. */
    interface Forward {
        void forward(Ingest from, byte[] buf, int off, int len);
    }

    final FlowPlan.SourcePlan plan;
    final Tally tally = Tally.forSource();
    private final Forward forward;
    private final AllowList allow;
    private final TokenBucket bucket;
    private final ReorderBuffer reorder;
    private final FecDecoder fec;
    private final ReorderBuffer.Sink sink = (buf, off, len, ext) -> forwardPacket(buf, off, len);
    private final FecDecoder.Recovered recovered = this::recovered;
    private long now;
    private long malformedMedia;
    volatile long lastPacketNanos;

    Ingest(FlowPlan.SourcePlan plan, Forward forward, long now) {
        this.plan = plan;
        this.forward = forward;
        this.allow = AllowList.of(plan.whitelistCidr());
        this.bucket =
                plan.maxBitrate() == null || plan.maxBitrate() <= 0 ? null : new TokenBucket(plan.maxBitrate(), now);
        boolean entitled = plan.entitlementArn() != null;
        boolean withFec = !entitled && "rtp-fec".equals(plan.protocol());
        int latency = plan.maxLatencyMillis() == null || plan.maxLatencyMillis() <= 0
                ? DEFAULT_MAX_LATENCY_MILLIS
                : plan.maxLatencyMillis();
        this.reorder = entitled ? null : new ReorderBuffer(REORDER_CAPACITY, latency * 1_000_000L, withFec);
        this.fec = withFec ? new FecDecoder(reorder, 64) : null;
    }

    boolean hasFec() {
        return fec != null;
    }

    /** A datagram on the media port. */
    void media(byte[] buf, int len, InetAddress sender, long at) {
        now = at;
        lastPacketNanos = at;
        tally.add(Tally.Source.PACKETS, 1);
        tally.add(Tally.Source.BYTES, len);
        if (allow != null && !allow.allows(sender)) {
            tally.add(Tally.Source.DROPPED_ALLOW_LIST, 1);
            return;
        }
        if (bucket != null && !bucket.take(len, at)) {
            tally.add(Tally.Source.DROPPED_BITRATE, 1);
            return;
        }
        if (reorder.offer(buf, 0, len, at, sink) == ReorderBuffer.Outcome.INVALID) {
            malformedMedia++;
        } else if (fec != null) {
            fec.onMedia(recovered);
        }
        sync();
    }

    /** A datagram on the column (port + 2) or row (port + 4) FEC port. */
    void fec(byte[] buf, int len, InetAddress sender, long at) {
        now = at;
        tally.add(Tally.Source.FEC_PACKETS, 1);
        if (allow != null && !allow.allows(sender)) {
            tally.add(Tally.Source.DROPPED_ALLOW_LIST, 1);
            return;
        }
        fec.onFec(buf, 0, len, recovered);
        sync();
    }

    /** A packet published to the entitlement this source takes. */
    void fromEntitlement(byte[] buf, int off, int len, long at) {
        lastPacketNanos = at;
        tally.add(Tally.Source.PACKETS, 1);
        tally.add(Tally.Source.BYTES, len);
        if (bucket != null && !bucket.take(len, at)) {
            tally.add(Tally.Source.DROPPED_BITRATE, 1);
            return;
        }
        forwardPacket(buf, off, len);
    }

    /** Gives up gaps that have waited too long; called by the flow's thread at least every 10 ms. */
    void tick(long at) {
        if (reorder != null && reorder.heldCount() > 0) {
            now = at;
            reorder.expire(at, sink);
            sync();
        }
    }

    private boolean recovered(byte[] buf, int len) {
        ReorderBuffer.Outcome o = reorder.offer(buf, 0, len, now, sink);
        return o == ReorderBuffer.Outcome.EMITTED || o == ReorderBuffer.Outcome.HELD;
    }

    private void forwardPacket(byte[] buf, int off, int len) {
        forward.forward(this, buf, off, len);
    }

    /** A packet made the pipeline fail; it is dropped and counted malformed. */
    void failed() {
        malformedMedia++;
        if (reorder == null) {
            tally.set(Tally.Source.MALFORMED, malformedMedia);
        } else {
            sync();
        }
    }

    private void sync() {
        tally.set(Tally.Source.LOST, reorder.lost());
        tally.set(Tally.Source.LATE, reorder.late() + reorder.duplicates());
        tally.set(Tally.Source.MALFORMED, malformedMedia + (fec == null ? 0 : fec.malformed()));
        if (fec != null) {
            tally.set(Tally.Source.RECOVERED, fec.recovered());
        }
    }
}
