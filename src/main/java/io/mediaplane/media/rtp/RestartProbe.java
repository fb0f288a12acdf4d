package io.mediaplane.media.rtp;

/**
 * Packets that do not fit the stream (behind what was already sent, or far ahead of it), kept
 * while they might be a sender that restarted with new sequence numbers (RFC 3550, appendix A.1:
 * a jump confirmed by consecutive packets is a restart, not loss). Holds copies of the current
 * run of consecutive such packets and their arrival times; any packet that fits the stream ends
 * the run. One thread only.
 */
final class RestartProbe {
    /** The longest run needed to confirm a restart. */
    static final int MAX_RUN = 3;

    private final byte[][] data = new byte[MAX_RUN][];
    private final int[] length = new int[MAX_RUN];
    private final long[] arrival = new long[MAX_RUN];
    private int count;
    private int nextSeq;

    /** Adds a packet that does not fit; returns the length of the run it is now part of. */
    int add(byte[] buf, int off, int len, long now) {
        int seq = RtpHeader.sequence(buf, off);
        if (count == 0 || seq != nextSeq || count == MAX_RUN) {
            count = 0;
        }
        byte[] d = data[count];
        if (d == null || d.length < len) {
            d = new byte[Math.max(len, 1500)];
            data[count] = d;
        }
        System.arraycopy(buf, off, d, 0, len);
        length[count] = len;
        arrival[count] = now;
        count++;
        nextSeq = (seq + 1) & 0xffff;
        return count;
    }

    void clear() {
        count = 0;
    }

    int count() {
        return count;
    }

    byte[] data(int i) {
        return data[i];
    }

    int length(int i) {
        return length[i];
    }

    long arrival(int i) {
        return arrival[i];
    }
}
