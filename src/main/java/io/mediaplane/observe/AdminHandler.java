package io.mediaplane.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /_mediaplane/health}, {@code /_mediaplane/metrics}, and the JSON views services add to the
 * metrics (e.g. {@code /_mediaplane/mediaconnect/flows}: per-flow counters, kept out of the series). Health is open (load balancers ask
 * it); everything else lists every account's resources, so it answers only a client that presents
 * the configured bearer token, or, when no token is configured, a client on the loopback interface.
 */
public final class AdminHandler implements HttpHandler {
    public static final String PREFIX = "/_mediaplane/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Metrics metrics;
    private final String version;
    private final Supplier<List<String>> services;
    private final BooleanSupplier ready;
    private final byte[] token;

    /**
     * @param services the services mounted (empty while starting), as health lists them
     * @param token    the bearer token the non-health paths require, or null: loopback clients only
     */
    public AdminHandler(
            Metrics metrics, String version, Supplier<List<String>> services, BooleanSupplier ready, String token) {
        this.metrics = metrics;
        this.version = version;
        this.services = services;
        this.ready = ready;
        this.token = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
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
        } else if (!allowed(exchange)) {
            refuse(exchange);
        } else if (path.equals(PREFIX + "metrics")) {
            exchange.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.send(200, metrics.scrape().getBytes(StandardCharsets.UTF_8));
        } else if (view(path) != null) {
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(200, JSON.writeValueAsBytes(view(path).get()));
        } else {
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(
                    404,
                    ("{\"message\":\"No such admin endpoint; try " + PREFIX + "health or " + PREFIX + "metrics\"}")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The JSON view a service added under this path, or null (also for a path outside the admin prefix). */
    private Supplier<?> view(String path) {
        return path.startsWith(PREFIX) ? metrics.view(path.substring(PREFIX.length())) : null;
    }

    private boolean allowed(HttpExchange exchange) {
        if (token == null) {
            return loopback(exchange.remoteAddress());
        }
        String given = exchange.header("Authorization");
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private void refuse(HttpExchange exchange) throws Exception {
        exchange.setHeader("Content-Type", "application/json");
        if (token != null) {
            exchange.setHeader("WWW-Authenticate", "Bearer realm=\"mediaplane-admin\"");
            exchange.send(
                    401,
                    "{\"message\":\"Send the admin token: Authorization: Bearer <token>\"}"
                            .getBytes(StandardCharsets.UTF_8));
        } else {
            exchange.send(
                    403,
                    ("{\"message\":\"Only loopback clients may read this without an admin token; see --admin-token"
                                    + " and --admin-port\"}")
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean loopback(String address) {
        if (address == null
                || address.isEmpty()
                || !address.chars()
                        .allMatch(c -> Character.digit(c, 16) >= 0
                                || c == '.'
                                || c == ':'
                                || c == '['
                                || c == ']'
                                || c == '%')) {
            return false; // only literal addresses: never resolve a name here
        }
        try {
            String literal = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
