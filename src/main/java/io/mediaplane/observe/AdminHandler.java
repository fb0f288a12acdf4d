package io.mediaplane.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /_mediaplane/health}, {@code /_mediaplane/metrics}, and JSON views services add (e.g.
 * {@code /_mediaplane/mediaconnect/flows}: per-flow counters, kept out of the metrics).
 */
public final class AdminHandler implements HttpHandler {
    public static final String PREFIX = "/_mediaplane/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Supplier<?>> views = new ConcurrentHashMap<>();
    private final Metrics metrics;
    private final String version;
    private final List<String> services;
    private final BooleanSupplier ready;

    public AdminHandler(Metrics metrics, String version, List<String> services, BooleanSupplier ready) {
        this.metrics = metrics;
        this.version = version;
        this.services = services;
        this.ready = ready;
    }

    /** Serves {@code supplier}'s value as JSON at {@code /_mediaplane/<name>}. */
    public void view(String name, Supplier<?> supplier) {
        views.put(PREFIX + name, supplier);
    }

    @Override
    public void handle(HttpExchange exchange) throws Exception {
        String path = exchange.rawPath();
        if (path.equals(PREFIX + "health")) {
            boolean ok = ready.getAsBoolean();
            String body = "{\"status\":\"" + (ok ? "ok" : "starting") + "\",\"version\":\"" + version
                    + "\",\"services\":["
                    + String.join(
                            ",", services.stream().map(s -> "\"" + s + "\"").toList()) + "]}";
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(ok ? 200 : 503, body.getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(PREFIX + "metrics")) {
            exchange.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.send(200, metrics.scrape().getBytes(StandardCharsets.UTF_8));
        } else if (views.containsKey(path)) {
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(200, JSON.writeValueAsBytes(views.get(path).get()));
        } else {
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(
                    404,
                    ("{\"message\":\"No such admin endpoint; try " + PREFIX + "health or " + PREFIX + "metrics\"}")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }
}
