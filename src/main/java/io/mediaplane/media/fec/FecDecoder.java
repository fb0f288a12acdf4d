package io.mediaplane.media.fec;

import io.mediaplane.media.rtp.ReorderBuffer;
import io.mediaplane.media.rtp.RtpHeader;
import io.mediaplane.media.rtp.Seq;

/**
 * Recovers lost RTP packets from SMPTE 2022-1 column and row FEC. The media packets come from the
 * receiver's {@link ReorderBuffer} (kept as history): a FEC packet whose group misses exactly one
 * packet rebuilds it by XOR; one that misses more waits, because a packet rebuilt by the other
 * dimension may leave it missing only one, and so on until nothing more can be rebuilt. A packet
 * counts as missing only once a later one has arrived (it is a gap, not just not here yet), and
 * only while the reorder buffer still waits for it. The SSRC, which FEC does not protect, is the stream's. Malformed FEC packets are counted and ignored.
 * One thread only.
 */
public final class FecDecoder {
    /** Receives a rebuilt packet (valid during the call); returns whether it was still wanted. */
    @FunctionalInterface
    public interface Recovered {
        boolean packet(byte[] buf, int len);
    }

    private enum Attempt {
        DONE,
        KEEP,
        BAD
    }

    private static final long NONE = Long.MIN_VALUE;
    private final ReorderBuffer media;
    private final byte[][] pendingData;
    private final int[] pendingLength;
    private final FecHeader[] pendingHeader;
    private final long[] pendingBase;
    private int pendingCount;
    private final byte[] scratch = new byte[RtpHeader.FIXED_LENGTH + 65536];
    private final byte[] recoveredPayload = new byte[65536];
    private long recovered;
    private long malformed;

    public FecDecoder(ReorderBuffer media, int maxPending) {
        this.media = media;
        this.pendingData = new byte[maxPending][];
        this.pendingLength = new int[maxPending];
        this.pendingHeader = new FecHeader[maxPending];
        this.pendingBase = new long[maxPending];
    }

    /** Takes a FEC packet (column or row: its header says which). Returns false if it was malformed. */
    public boolean onFec(byte[] b, int off, int len, Recovered out) {
        FecHeader h = FecHeader.parse(b, off, len);
        if (h == null) {
            malformed++;
            return false;
        }
        if (!media.started()) {
            return true;
        }
        long base = Seq.extend(h.snBase(), media.nextExpected());
        Attempt attempt = attempt(b, off, len, h, base, out);
        if (attempt == Attempt.KEEP) {
            keep(b, off, len, h, base);
        } else if (attempt == Attempt.BAD) {
            malformed++;
            return false;
        }
        retryPending(out);
        return true;
    }

    /** Call after each media packet: it may complete a group that was waiting. */
    public void onMedia(Recovered out) {
        if (pendingCount > 0) {
            retryPending(out);
        }
    }

    private void retryPending(Recovered out) {
        boolean progress = true;
        while (progress && pendingCount > 0) {
            progress = false;
            for (int i = pendingCount - 1; i >= 0; i--) {
                Attempt a = attempt(pendingData[i], 0, pendingLength[i], pendingHeader[i], pendingBase[i], out);
                if (a != Attempt.KEEP) {
                    progress |= a == Attempt.DONE;
                    if (a == Attempt.BAD) {
                        malformed++;
                    }
                    remove(i);
                }
            }
        }
    }

    private Attempt attempt(byte[] b, int off, int len, FecHeader h, long base, Recovered out) {
        long next = media.nextExpected();
        long last = base + (long) h.offset() * (h.na() - 1);
        if (last < next || base < next - media.capacity() / 2) {
            return Attempt.DONE;
        }
        long missing = NONE;
        for (int i = 0; i < h.na(); i++) {
            long ext = base + (long) i * h.offset();
            if (media.find(ext) < 0) {
                if (missing != NONE) {
                    return Attempt.KEEP;
                }
                missing = ext;
            }
        }
        if (missing == NONE || missing < next) {
            return Attempt.DONE;
        }
        if (missing > media.highest()) {
            return Attempt.KEEP;
        }
        int length = rebuild(b, off, len, h, base, missing);
        if (length < 0) {
            return Attempt.BAD;
        }
        if (out.packet(scratch, length)) {
            recovered++;
        }
        return Attempt.DONE;
    }

    /** XORs the FEC packet with the group's other packets into {@link #scratch}; -1 if they disagree. */
    private int rebuild(byte[] b, int off, int len, FecHeader h, long base, long missing) {
        int fecPayload = len - h.payloadOffset();
        System.arraycopy(b, off + h.payloadOffset(), recoveredPayload, 0, fecPayload);
        int bits0 = b[off] & 0x3f;
        int marker = b[off + 1] & 0x80;
        int pt = h.ptRecovery();
        long ts = h.tsRecovery();
        int length = h.lengthRecovery();
        for (int i = 0; i < h.na(); i++) {
            long ext = base + (long) i * h.offset();
            if (ext == missing) {
                continue;
            }
            int slot = media.find(ext);
            byte[] d = media.data(slot);
            int n = media.length(slot) - RtpHeader.FIXED_LENGTH;
            if (n > fecPayload) {
                return -1;
            }
            bits0 ^= d[0] & 0x3f;
            marker ^= d[1] & 0x80;
            pt ^= d[1] & 0x7f;
            ts ^= RtpHeader.timestamp(d, 0);
            length ^= n;
            for (int j = 0; j < n; j++) {
                recoveredPayload[j] ^= d[RtpHeader.FIXED_LENGTH + j];
            }
        }
        if (length > fecPayload) {
            return -1;
        }
        scratch[0] = (byte) (0x80 | bits0);
        scratch[1] = (byte) (marker | pt);
        RtpHeader.putU16(scratch, 2, (int) missing & 0xffff);
        RtpHeader.putU32(scratch, 4, ts);
        RtpHeader.putU32(scratch, 8, media.ssrc());
        System.arraycopy(recoveredPayload, 0, scratch, RtpHeader.FIXED_LENGTH, length);
        return RtpHeader.FIXED_LENGTH + length;
    }

    private void keep(byte[] b, int off, int len, FecHeader h, long base) {
        if (pendingCount == pendingData.length) {
            remove(0);
        }
        int i = pendingCount++;
        byte[] copy = pendingData[i];
        if (copy == null || copy.length < len) {
            copy = new byte[Math.max(len, 1500)];
            pendingData[i] = copy;
        }
        System.arraycopy(b, off, copy, 0, len);
        pendingLength[i] = len;
        pendingHeader[i] = h;
        pendingBase[i] = base;
    }

    private void remove(int i) {
        int last = --pendingCount;
        byte[] freed = pendingData[i];
        for (int j = i; j < last; j++) {
            pendingData[j] = pendingData[j + 1];
            pendingLength[j] = pendingLength[j + 1];
            pendingHeader[j] = pendingHeader[j + 1];
            pendingBase[j] = pendingBase[j + 1];
        }
        pendingData[last] = freed;
        pendingHeader[last] = null;
    }

    public int pending() {
        return pendingCount;
    }

    public long recovered() {
        return recovered;
    }

    public long malformed() {
        return malformed;
    }
}
