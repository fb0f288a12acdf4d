package io.mediaplane.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.io.ManagedSelector;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A plain-socket endpoint that sends a response body held in an immutable file with
 * {@code sendfile(2)} ({@link FileChannel#transferTo}) instead of copying it through user space,
 * as nginx does. Jetty 12.1 has no such path (jetty/jetty.project#14562 adds one), so this hooks
 * in where bytes leave for the socket: the exchange {@linkplain #offer offers} the body buffer and
 * the file region it mirrors; when exactly that buffer object reaches {@link #flush}, its bytes go
 * from the file instead, and the buffer's position advances as if it had been written. The buffer
 * holds the same bytes (a mapping of the file), so anything that copies or slices it on the way
 * (a future filter, HTTP/2 framing) simply writes it the ordinary way: the result is the same
 * bytes either way, only the cost differs.
 */
final class FileSendingEndPoint extends SocketChannelEndPoint {
    /** The body buffer on offer, its file and the file offset of the buffer's index 0; one response at a time. */
    private volatile Offer offer;

    private record Offer(ByteBuffer body, FileChannel file, long base) {}

    FileSendingEndPoint(SocketChannel channel, ManagedSelector selector, SelectionKey key, Scheduler scheduler) {
        super(channel, selector, key, scheduler);
    }

    /** While {@code body} is being written, send its bytes from {@code file}, where index 0 is at {@code base}. */
    void offer(ByteBuffer body, FileChannel file, long base) {
        offer = new Offer(body, file, base);
    }

    void withdraw() {
        offer = null;
    }

    @Override
    public boolean flush(ByteBuffer... buffers) throws IOException {
        Offer current = offer;
        int at = current == null ? -1 : indexOf(buffers, current.body());
        if (at < 0 || !current.body().hasRemaining()) {
            return super.flush(buffers);
        }
        if (at > 0 && !super.flush(Arrays.copyOfRange(buffers, 0, at))) {
            return false;
        }
        if (!transfer(current)) {
            return false;
        }
        return at + 1 == buffers.length || super.flush(Arrays.copyOfRange(buffers, at + 1, buffers.length));
    }

    /** Sends what the socket takes now; true when the whole body is gone. */
    private boolean transfer(Offer current) throws IOException {
        ByteBuffer body = current.body();
        try {
            long sent = current.file().transferTo(current.base() + body.position(), body.remaining(), getChannel());
            if (sent > 0) {
                body.position(body.position() + (int) sent);
                notIdle();
            }
        } catch (IOException e) {
            throw new EofException(e);
        }
        return !body.hasRemaining();
    }

    private static int indexOf(ByteBuffer[] buffers, ByteBuffer body) {
        for (int i = 0; i < buffers.length; i++) {
            if (buffers[i] == body) {
                return i;
            }
        }
        return -1;
    }
}
