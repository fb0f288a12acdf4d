package io.mediaplane.media.ts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/** Appends sample bytes to a channel and tells where each one went. */
final class SampleStore {
    private final WritableByteChannel channel;
    private long position;

    SampleStore(WritableByteChannel channel) {
        this.channel = channel;
    }

    /** Writes the bytes; returns their offset from the start of the store. */
    long append(byte[] b, int off, int len) throws IOException {
        long at = position;
        ByteBuffer buf = ByteBuffer.wrap(b, off, len);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        position += len;
        return at;
    }
}
