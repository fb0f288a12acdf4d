package io.mediaplane.media.mp4;

import java.util.Arrays;

/**
 * Writes boxes into a growing big-endian buffer: {@link #start} opens a box, {@link #end} closes
 * the innermost one and fills in its 32-bit size.
 */
public final class BoxWriter {
    private byte[] buf;
    private int pos;
    private int[] open = new int[16];
    private int depth;

    public BoxWriter() {
        this(1024);
    }

    public BoxWriter(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    public BoxWriter start(String type) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = pos;
        u32(0);
        return u32(FourCc.of(type));
    }

    /** Opens a full box with this version and flags. */
    public BoxWriter startFull(String type, int version, int flags) {
        start(type);
        return u32(((long) version << 24) | (flags & 0xffffff));
    }

    public BoxWriter end() {
        int at = open[--depth];
        int size = pos - at;
        buf[at] = (byte) (size >>> 24);
        buf[at + 1] = (byte) (size >>> 16);
        buf[at + 2] = (byte) (size >>> 8);
        buf[at + 3] = (byte) size;
        return this;
    }

    public BoxWriter u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    public BoxWriter u16(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public BoxWriter u24(int v) {
        ensure(3);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public BoxWriter u32(long v) {
        ensure(4);
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public BoxWriter u64(long v) {
        u32(v >>> 32);
        return u32(v & 0xffffffffL);
    }

    public BoxWriter fourCc(String code) {
        return u32(FourCc.of(code));
    }

    public BoxWriter zeros(int n) {
        ensure(n);
        pos += n;
        return this;
    }

    public BoxWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public BoxWriter bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }

    /** Bytes written so far. */
    public int position() {
        return pos;
    }

    /** Overwrites four bytes at {@code at} (for offsets known only later). */
    public void putU32At(int at, long v) {
        buf[at] = (byte) (v >>> 24);
        buf[at + 1] = (byte) (v >>> 16);
        buf[at + 2] = (byte) (v >>> 8);
        buf[at + 3] = (byte) v;
    }

    public byte[] toByteArray() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " boxes left open");
        }
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
