import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The benchmark's "jetty" anchor: the HTTP stack Mediaplane runs on (Jetty 12, one acceptor, one
 * selector, each request on a virtual thread, blocking write) serving the benchmark's files from
 * memory-mapped buffers with no application code at all: what any Jetty-based origin costs before
 * it does anything. Run from the Mediaplane jar (it holds Jetty):
 *
 *   java -cp target/mediaplane.jar bench/mediastore-data/JettyFloor.java PORT DIR
 */
public final class JettyFloor {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[1]);
        Map<String, ByteBuffer> files = new ConcurrentHashMap<>(); // each file mapped on its first request
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                ByteBuffer body = files.computeIfAbsent(request.getHttpURI().getPath(), path -> map(root, path));
                if (body == null) {
                    response.setStatus(404);
                    callback.succeeded();
                    return true;
                }
                response.getHeaders().put("Content-Type", "application/octet-stream");
                try (Blocker.Callback written = Blocker.callback()) {
                    response.write(true, body.duplicate(), written);
                    written.block();
                }
                callback.succeeded();
                return true;
            }
        });
        server.start();
        server.join();
    }

    private static ByteBuffer map(Path root, String path) {
        Path file = root.resolve(path.substring(1));
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel c = FileChannel.open(file)) {
            return c.map(FileChannel.MapMode.READ_ONLY, 0, c.size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
