package io.mediaplane.mediaconnect.relay;

import io.mediaplane.media.fec.FecDecoder;
import io.mediaplane.media.fec.FecHeader;
import io.mediaplane.media.fec.RecoveryDelay;
import io.mediaplane.media.rtp.ReorderBuffer;
import io.mediaplane.media.rtp.RtpHeader;
import java.net.InetAddress;

/**
 * One source of a flow, minus the sockets: allow-list, bitrate cap, then for rtp and rtp-fec the
 * reorder buffer (and the FEC decoder), which plays the packets out to the flow's outputs at a
 * constant delay after their arrival: {@link #RTP_DELAY_NANOS} on rtp, what the FEC matrix needs
 * on rtp-fec ({@link RecoveryDelay}). Packets arrive on the receive loop's thread and leave on
 * the timers' thread, so the pipeline is guarded by this object's lock. A source fed by an
 * entitlement passes packets straight on, on the publisher's thread (the originator already
 * delayed them). Never throws for a packet.
 */
final class Ingest {
    /** The most packets a source holds (in flight plus FEC history). */
    static final int REORDER_CAPACITY = 8192;
    /** rtp: how long each packet waits, enough for packets reordered on a network. */
    static final long RTP_DELAY_NANOS = 20_000_000L;
    /** The most packets released and not yet sent; beyond, the relay cannot keep up and drops (counted). */
    static final int MAX_PENDING = 4096;
    /** The most packets one run of the timers sends for a source, so other flows on the shard get their turn. */
    static final int RELEASE_BATCH = 512;
    /** rtp-fec: the least packets wait, whatever the matrix (room for the FEC to be received and used). */
    static final long FEC_MIN_DELAY_NANOS = 50_000_000L;
    /** rtp-fec: the longest the FEC matrix may make packets wait. */
    static final long FEC_MAX_DELAY_NANOS = 1_000_000_000L;

    /** The flow: sends in-order packets to its outputs if this source is active, and switches sources. */
    interface Forward {
        void forward(Ingest from, byte[] buf, int off, int len);

        void arrived(Ingest from, long at);
    }

    final FlowPlan.SourcePlan plan;
    final Tally tally = Tally.forSource();
    final RateGauge rate = new RateGauge(() -> tally.get(Tally.Source.BYTES));
    private final Forward forward;
    private final AllowList allow;
    private final TokenBucket bucket;
    private final ReorderBuffer reorder;
    private final FecDecoder fec;
    private final RecoveryDelay recoveryDelay;
    private final Timers timers;
    private final Timers.Timer release;
    /** Packets released, waiting to be sent (filled under this lock, swapped out by the timers). */
    private Batch pending = new Batch();
    /** The batch the timers send from, outside the lock. */
    private Batch sending = new Batch();

    private final ReorderBuffer.Sink sink = this::queue;
    private long overload;
    private final FecDecoder.Recovered recovered = this::recovered;
    private long scheduled = Timers.NONE;
    private long now;
    private long malformedMedia;
    private boolean closed;
    volatile long lastPacketNanos;

    Ingest(FlowPlan.SourcePlan plan, Forward forward, Timers timers, long now) {
        this.plan = plan;
        this.forward = forward;
        this.timers = timers;
        this.allow = AllowList.of(plan.whitelistCidr());
        this.bucket =
                plan.maxBitrate() == null || plan.maxBitrate() <= 0 ? null : new TokenBucket(plan.maxBitrate(), now);
        boolean entitled = plan.entitlementArn() != null;
        boolean withFec = !entitled && "rtp-fec".equals(plan.protocol());
        long delay = withFec ? FEC_MIN_DELAY_NANOS : RTP_DELAY_NANOS;
        this.reorder = entitled ? null : new ReorderBuffer(REORDER_CAPACITY, delay, withFec);
        this.fec = withFec ? new FecDecoder(reorder, 64) : null;
        this.recoveryDelay = withFec ? new RecoveryDelay(FEC_MIN_DELAY_NANOS, FEC_MAX_DELAY_NANOS) : null;
        this.release = timers.timer(this::release);
    }

    boolean hasFec() {
        return fec != null;
    }

    /** A packet released: it waits in the batch the timers send next, unless the relay is that far behind. */
    private void queue(byte[] buf, int off, int len, long ext) {
        if (pending.size() < MAX_PENDING) {
            pending.add(buf, off, len);
        } else {
            overload++;
        }
    }

    /** A datagram on the media port (receive loop thread). */
    void media(byte[] buf, int len, InetAddress sender, long at) {
        forward.arrived(this, at);
        long due;
        synchronized (this) {
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
            try {
                if (reorder.offer(buf, 0, len, at, sink) == ReorderBuffer.Outcome.INVALID) {
                    malformedMedia++;
                } else if (fec != null) {
                    reorder.setDelayNanos(recoveryDelay.onMedia(at));
                    fec.onMedia(recovered);
                }
            } catch (RuntimeException e) {
                malformedMedia++;
            }
            sync();
            due = wanted();
        }
        timers.schedule(release, due);
    }

    /** A datagram on the column (port + 2) or row (port + 4) FEC port (receive loop thread). */
    void fec(byte[] buf, int len, InetAddress sender, long at) {
        long due;
        synchronized (this) {
            now = at;
            tally.add(Tally.Source.FEC_PACKETS, 1);
            if (allow != null && !allow.allows(sender)) {
                tally.add(Tally.Source.DROPPED_ALLOW_LIST, 1);
                return;
            }
            try {
                FecHeader h = FecHeader.parse(buf, 0, len);
                if (h != null) {
                    recoveryDelay.onFec(h);
                }
                fec.onFec(buf, 0, len, recovered);
            } catch (RuntimeException e) {
                malformedMedia++;
            }
            sync();
            due = wanted();
        }
        timers.schedule(release, due);
    }

    /** A packet published to the entitlement this source takes (the publisher's thread). */
    void fromEntitlement(byte[] buf, int off, int len, long at) {
        forward.arrived(this, at);
        lastPacketNanos = at;
        tally.add(Tally.Source.PACKETS, 1);
        tally.add(Tally.Source.BYTES, len);
        if (bucket != null && !bucket.take(len, at)) {
            tally.add(Tally.Source.DROPPED_BITRATE, 1);
            return;
        }
        forwardPacket(buf, off, len);
    }

    /** When the release timer must run next, if earlier than already asked; else NONE. */
    private long wanted() {
        long due = closed ? Timers.NONE : pending.size() > 0 ? now : reorder.nextDue();
        if (due < scheduled) {
            scheduled = due;
            return due;
        }
        return Timers.NONE;
    }

    /** The release timer (timers thread): takes what is due under the lock, sends it after. */
    private long release(long at) {
        Batch out;
        long next;
        synchronized (this) {
            if (closed) {
                return Timers.NONE;
            }
            now = at;
            scheduled = Timers.NONE; // should sending fail, the next packet asks for the timer again
            scheduled = reorder.release(at, RELEASE_BATCH, sink);
            sync();
            next = scheduled;
            out = pending;
            pending = sending;
            sending = out;
        }
        for (int i = 0; i < out.size(); i++) {
            forwardPacket(out.data(i), 0, out.length(i));
        }
        out.clear();
        return next;
    }

    /** How long packets wait before they leave (0 for an entitled source). */
    synchronized long delayNanos() {
        return reorder == null ? 0 : reorder.delayNanos();
    }

    /** Stops playing out: what is held is dropped with the flow. */
    synchronized void close() {
        closed = true;
    }

    private boolean recovered(byte[] buf, int len) {
        long arrival = reorder.estimateArrival(RtpHeader.sequence(buf, 0), now);
        return reorder.offer(buf, 0, len, arrival, sink) == ReorderBuffer.Outcome.HELD;
    }

    private void forwardPacket(byte[] buf, int off, int len) {
        forward.forward(this, buf, off, len);
    }

    private void sync() {
        tally.set(Tally.Source.LOST, reorder.lost());
        tally.set(Tally.Source.LATE, reorder.late() + reorder.duplicates());
        tally.set(Tally.Source.MALFORMED, malformedMedia + (fec == null ? 0 : fec.malformed()));
        tally.set(Tally.Source.RESTARTS, reorder.restarts());
        tally.set(Tally.Source.DROPPED_OVERLOAD, overload);
        if (fec != null) {
            tally.set(Tally.Source.RECOVERED, fec.recovered());
        }
    }
}
