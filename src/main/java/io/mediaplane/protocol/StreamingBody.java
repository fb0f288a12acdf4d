package io.mediaplane.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/** A response body written straight to the client instead of being serialized as JSON. */
@FunctionalInterface
public interface StreamingBody {
    void writeTo(OutputStream out) throws IOException;

    /**
     * A body that is part of an immutable file: {@code bytes} is that part mapped into memory,
     * {@code file} the open file where it starts at {@code position}. The protocol layer hands it
     * to {@link io.mediaplane.http.HttpExchange#sendFile} (zero copy) and runs {@code release}
     * once it is sent or failed, so the file can be closed when nobody sends from it any more.
     */
    record FileRegion(ByteBuffer bytes, FileChannel file, long position, Runnable release) implements StreamingBody {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            try {
                Channels.newChannel(out).write(bytes.duplicate());
            } finally {
                release.run();
            }
        }
    }
}
