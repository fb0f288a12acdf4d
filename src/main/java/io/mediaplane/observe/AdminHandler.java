package io.mediaplane.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /_mediaplane/health}, {@code /_mediaplane/metrics}, and the JSON views services add to the
 * metrics (e.g. {@code /_mediaplane/mediaconnect/flows}: per-flow counters, kept out of the series).
 */
public final class AdminHandler implements HttpHandler {
    public static final String PREFIX = "/_mediaplane/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Metrics metrics;
    private final String version;
    private final Supplier<List<String>> services;
    private final BooleanSupplier ready;

    /** @param services the services mounted (empty while starting), as health lists them */
    public AdminHandler(Metrics metrics, String version, Supplier<List<String>> services, BooleanSupplier ready) {
        this.metrics = metrics;
        this.version = version;
        this.services = services;
        this.ready = ready;
    }

    @Override
    public void handle(HttpExchange exchange) throws Exception {
        String path = exchange.rawPath();
        if (path.equals(PREFIX + "health")) {
            boolean ok = ready.getAsBoolean();
            String body = "{\"status\":\"" + (ok ? "ok" : "starting") + "\",\"version\":\"" + version
                    + "\",\"services\":["
                    + String.join(
                            ",",
                            services.get().stream().map(s -> "\"" + s + "\"").toList()) + "]}";
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(ok ? 200 : 503, body.getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(PREFIX + "metrics")) {
            exchange.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.send(200, metrics.scrape().getBytes(StandardCharsets.UTF_8));
        } else if (metrics.view(path.substring(PREFIX.length())) != null) {
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(
                    200,
                    JSON.writeValueAsBytes(
                            metrics.view(path.substring(PREFIX.length())).get()));
        } else {
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(
                    404,
                    ("{\"message\":\"No such admin endpoint; try " + PREFIX + "health or " + PREFIX + "metrics\"}")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }
}
