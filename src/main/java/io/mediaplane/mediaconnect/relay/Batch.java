package io.mediaplane.mediaconnect.relay;

/**
 * Packets on their way out: copied in while a source's lock is held, sent after it is released,
 * so the receive loop never waits for a send. The byte arrays are kept for reuse.
 */
final class Batch {
    private byte[][] data = new byte[16][];
    private int[] length = new int[16];
    private int count;

    void add(byte[] buf, int off, int len) {
        if (count == data.length) {
            data = java.util.Arrays.copyOf(data, count * 2);
            length = java.util.Arrays.copyOf(length, count * 2);
        }
        byte[] d = data[count];
        if (d == null || d.length < len) {
            d = new byte[Math.max(len, 1500)];
            data[count] = d;
        }
        System.arraycopy(buf, off, d, 0, len);
        length[count++] = len;
    }

    int size() {
        return count;
    }

    byte[] data(int i) {
        return data[i];
    }

    int length(int i) {
        return length[i];
    }

    void clear() {
        count = 0;
    }
}
