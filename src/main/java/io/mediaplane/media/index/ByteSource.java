package io.mediaplane.media.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Bytes read by position, such as a file's channel; implementations are safe for concurrent reads. */
public interface ByteSource {

    long size() throws IOException;

    /** Reads up to {@code dst.remaining()} bytes at {@code position}; returns -1 at the end. */
    int read(ByteBuffer dst, long position) throws IOException;

    /** Fills {@code dst} from {@code position} or throws {@link EOFException}. */
    default void readFully(ByteBuffer dst, long position) throws IOException {
        long at = position;
        while (dst.hasRemaining()) {
            int n = read(dst, at);
            if (n < 0) {
                throw new EOFException("source ends at " + at + " before " + dst.remaining() + " more bytes");
            }
            at += n;
        }
    }

    /** Reads {@code length} bytes at {@code position} into a new array. */
    default byte[] read(long position, int length) throws IOException {
        byte[] b = new byte[length];
        readFully(ByteBuffer.wrap(b), position);
        return b;
    }

    static ByteSource of(FileChannel channel) {
        return new ByteSource() {
            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                return channel.read(dst, position);
            }
        };
    }

    static ByteSource of(byte[] bytes) {
        return new ByteSource() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int read(ByteBuffer dst, long position) {
                if (position >= bytes.length) {
                    return -1;
                }
                int n = (int) Math.min(dst.remaining(), bytes.length - position);
                dst.put(bytes, (int) position, n);
                return n;
            }
        };
    }
}
