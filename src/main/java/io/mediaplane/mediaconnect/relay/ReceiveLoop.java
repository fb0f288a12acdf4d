package io.mediaplane.mediaconnect.relay;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread and one {@link Selector} that receive for the ingest sockets of many flows, with one
 * reused 64 KiB buffer. It blocks in the selector until a socket has datagrams: an idle flow costs
 * nothing here. Sockets are added and removed on the loop's own thread (callers wait for it), so
 * a removed socket has released its port when the call returns.
 */
final class ReceiveLoop implements AutoCloseable {
    /** Takes one datagram (valid during the call); never throws for a bad one. */
    @FunctionalInterface
    interface Receiver {
        void receive(byte[] buf, int len, InetAddress sender, long now);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReceiveLoop.class);
    private static final int BATCH = 256;

    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final byte[] buf = new byte[65536];
    private final ByteBuffer receive = ByteBuffer.wrap(buf);
    private volatile boolean running = true;

    ReceiveLoop(String name) throws IOException {
        selector = Selector.open();
        thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    /** Starts receiving on a bound, non-blocking channel. */
    void add(DatagramChannel channel, Receiver receiver) throws IOException {
        onLoop(() -> {
            channel.register(selector, SelectionKey.OP_READ, receiver);
            return null;
        });
    }

    /** Stops receiving on these channels and closes them. */
    void remove(List<DatagramChannel> channels) {
        try {
            onLoop(() -> {
                for (DatagramChannel c : channels) {
                    SelectionKey key = c.keyFor(selector);
                    if (key != null) {
                        key.cancel();
                    }
                    c.close();
                }
                selector.selectNow(); // deregisters the cancelled keys, which releases the sockets
                return null;
            });
        } catch (IOException e) {
            LOG.debug("closing ingest sockets", e);
        }
    }

    private interface LoopTask {
        Void run() throws IOException;
    }

    private void onLoop(LoopTask task) throws IOException {
        if (!running) {
            throw new IOException("the relay is stopping");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                done.complete(task.run());
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        selector.wakeup();
        try {
            done.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private void loop() {
        while (running) {
            try {
                selector.select(this::ready);
                Runnable task;
                while ((task = tasks.poll()) != null) {
                    task.run();
                }
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (running) {
                    LOG.warn("relay receive loop error, continuing", e);
                }
            }
        }
    }

    private void ready(SelectionKey key) {
        DatagramChannel channel = (DatagramChannel) key.channel();
        Receiver receiver = (Receiver) key.attachment();
        for (int i = 0; i < BATCH; i++) {
            receive.clear();
            InetSocketAddress sender;
            try {
                sender = (InetSocketAddress) channel.receive(receive);
            } catch (IOException e) {
                return;
            }
            if (sender == null) {
                return;
            }
            receiver.receive(buf, receive.position(), sender.getAddress(), System.nanoTime());
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
