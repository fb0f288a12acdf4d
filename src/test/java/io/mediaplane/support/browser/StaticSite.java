package io.mediaplane.support.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A tiny web server on its own port (so on its own origin) serving fixed files with GET and HEAD:
 * the player page and its scripts, or media for the harness's self-test. Extra headers (such as
 * {@code Access-Control-Allow-Origin}) go on every response.
 */
public final class StaticSite implements AutoCloseable {
    private record File(String contentType, byte[] bytes) {}

    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final Map<String, String> headers;
    private final HttpServer server;

    private StaticSite(Map<String, String> headers) throws IOException {
        this.headers = new LinkedHashMap<>(headers);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static StaticSite start() throws IOException {
        return new StaticSite(Map.of());
    }

    /** A site that adds these headers to every response. */
    public static StaticSite start(Map<String, String> headers) throws IOException {
        return new StaticSite(headers);
    }

    public StaticSite add(String path, String contentType, byte[] bytes) {
        files.put(path, new File(contentType, bytes));
        return this;
    }

    public StaticSite addFile(String path, String contentType, Path file) throws IOException {
        return add(path, contentType, Files.readAllBytes(file));
    }

    /** The site's origin, e.g. {@code http://127.0.0.1:41234}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return origin() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            String method = exchange.getRequestMethod();
            File file = files.get(exchange.getRequestURI().getPath());
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
            } else if (file == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", file.contentType());
                boolean empty = method.equals("HEAD") || file.bytes().length == 0; // -1: no body
                exchange.sendResponseHeaders(200, empty ? -1 : file.bytes().length);
                if (!empty) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(file.bytes());
                    }
                }
            }
        }
    }
}
