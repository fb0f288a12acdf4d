package io.mediaplane.media.rtp;

/**
 * The extended sequence numbers of held packets in the order of their arrival times (a ring that
 * grows): the head is the packet due first. Packets nearly always arrive in time order, so adding
 * is appending; a packet with an earlier time (one rebuilt by FEC, given the time it would have
 * arrived) is sorted in from the tail. One thread only.
 */
final class ArrivalQueue {
    private long[] ext;
    private long[] time;
    private int head;
    private int count;

    ArrivalQueue(int capacity) {
        ext = new long[capacity];
        time = new long[capacity];
    }

    int size() {
        return count;
    }

    boolean isFull() {
        return count == ext.length;
    }

    long headExt() {
        return ext[head];
    }

    long headTime() {
        return time[head];
    }

    void pop() {
        head = (head + 1) % ext.length;
        count--;
    }

    void clear() {
        head = 0;
        count = 0;
    }

    /** Adds a packet; the caller makes room first ({@link #isFull}). */
    void add(long e, long t) {
        int at = count;
        while (at > 0 && time[index(at - 1)] > t) {
            ext[index(at)] = ext[index(at - 1)];
            time[index(at)] = time[index(at - 1)];
            at--;
        }
        ext[index(at)] = e;
        time[index(at)] = t;
        count++;
    }

    void grow(int capacity) {
        long[] e = new long[capacity];
        long[] t = new long[capacity];
        for (int i = 0; i < count; i++) {
            e[i] = ext[index(i)];
            t[i] = time[index(i)];
        }
        ext = e;
        time = t;
        head = 0;
    }

    private int index(int i) {
        return (head + i) % ext.length;
    }
}
