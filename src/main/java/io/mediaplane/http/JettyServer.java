package io.mediaplane.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.ManagedSelector;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP listener: Jetty 12 core handlers, each request on a virtual thread so handlers may
 * block. Raw paths are kept as sent: ARNs carry {@code %2F}, MediaStore Data paths may start
 * with {@code //}, and both routing and SigV4 need the bytes the client signed.
 */
public final class JettyServer implements AutoCloseable {
    static {
        // Jetty sizes its queues' padding by the references per cache line; unless told, it asks the JVM
        // through JMX whether oops are compressed, which starts the platform MBean server: about a tenth
        // of the main thread's start-up CPU. Compressed oops are the default below a 32 GB heap.
        if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < (30L << 30);
            System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", compressed ? "16" : "8");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(JettyServer.class);

    /** Everything Jetty would otherwise refuse or rewrite in a path that AWS clients legitimately send. */
    private static final UriCompliance AWS_PATHS =
            UriCompliance.from("DEFAULT,AMBIGUOUS_PATH_SEPARATOR,AMBIGUOUS_PATH_ENCODING,AMBIGUOUS_EMPTY_SEGMENT,"
                    + "AMBIGUOUS_PATH_SEGMENT,SUSPICIOUS_PATH_CHARACTERS,UTF16_ENCODINGS");

    private final Server server;
    private final ServerConnector connector;
    private final ServerSocketChannel listener;

    /**
     * Binds the listening socket, before anything else starts: a taken port is a {@link
     * java.net.BindException} while nothing has been touched yet.
     */
    public static ServerSocketChannel listen(String host, int port) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.socket().setReuseAddress(true); // as Jetty binds: a restart need not wait for TIME_WAIT
            channel.bind(new InetSocketAddress(host, port), 1024);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * @param listener        the socket from {@link #listen}, closed with this server
     * @param bodyIdleTimeout how long a request body may send nothing before the request is abandoned
     */
    public JettyServer(ServerSocketChannel listener, HttpHandler handler, Duration bodyIdleTimeout) {
        this.listener = listener;
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("http");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setUriCompliance(AWS_PATHS);
        config.setSendServerVersion(false);
        // Jetty's own Date header takes a lock on every response; HttpDates caches one per second.
        config.setSendDateHeader(false);
        config.setRequestHeaderSize(64 * 1024);
        // Jetty's header cache matches known values case-insensitively and hands back its own
        // spelling ("charset=utf-8" for the SDK's "charset=UTF-8"); SigV4 needs the bytes as signed.
        config.setHeaderCacheCaseSensitive(true);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config)) {
            @Override
            protected SocketChannelEndPoint newEndPoint(
                    SocketChannel channel, ManagedSelector selector, SelectionKey key) {
                SocketChannelEndPoint endpoint = new FileSendingEndPoint(channel, selector, key, getScheduler());
                endpoint.setIdleTimeout(getIdleTimeout());
                return endpoint;
            }
        };
        connector.setIdleTimeout(bodyIdleTimeout.toMillis()); // a reader that takes nothing is cut off as well
        server.addConnector(connector);
        server.setHandler(new Adapter(handler, bodyIdleTimeout.toMillis()));
    }

    public void start() throws Exception {
        connector.open(listener);
        server.start();
    }

    /** The bound port (useful when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        listener.close(); // when the server never started
    }

    private static final class Adapter extends Handler.Abstract {
        private final CutOffLog cutOffs = new CutOffLog(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
        private final HttpHandler handler;
        private final long bodyIdleTimeoutMillis;

        Adapter(HttpHandler handler, long bodyIdleTimeoutMillis) {
            this.handler = handler;
            this.bodyIdleTimeoutMillis = bodyIdleTimeoutMillis;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            JettyExchange exchange = new JettyExchange(request, response, callback, bodyIdleTimeoutMillis);
            try {
                handler.handle(exchange);
                if (!exchange.responded()) {
                    exchange.send(500, new byte[0]);
                }
            } catch (java.io.IOException e) {
                // the client went away or stalled mid-request (closed, reset, idle timeout): nothing
                // wrong here, and a status of its own rather than a 500 should anyone still listen
                boolean idle =
                        cutOffs.cutOff(request.getMethod(), request.getHttpURI().getPath(), e);
                if (!exchange.responded()) {
                    callback.failed(new HttpException.RuntimeException(idle ? 408 : 400, e.getMessage(), e));
                }
            } catch (Throwable e) {
                LOG.error("unhandled failure on {} {}", request.getMethod(), request.getHttpURI(), e);
                if (!exchange.responded()) {
                    callback.failed(e);
                }
            }
            return true;
        }
    }
}
