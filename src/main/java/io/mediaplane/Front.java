package io.mediaplane;

import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import io.mediaplane.observe.AdminHandler;
import io.mediaplane.observe.Metrics;
import io.mediaplane.protocol.RequestPipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The listener's handler: admin paths to the admin handler (unless they have a listener of their
 * own), everything else to the request pipeline once the modules are mounted (503 until then).
 */
final class Front implements HttpHandler {
    /** awsJson1.1 (a request with X-Amz-Target) words its message {@code Message}, restJson1 ours {@code message}. */
    private static final byte[] STARTING_JSON =
            "{\"__type\":\"ServiceUnavailableException\",\"Message\":\"Mediaplane is starting\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private static final byte[] STARTING_REST =
            "{\"__type\":\"ServiceUnavailableException\",\"message\":\"Mediaplane is starting\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private final AdminHandler admin;
    private final boolean adminHere;
    private volatile RequestPipeline pipeline;

    /**
     * @param adminToken the bearer token of the admin paths, or null
     * @param adminHere  whether the admin paths are served here (else on a listener of their own)
     */
    Front(Metrics metrics, String version, String adminToken, boolean adminHere) {
        admin = new AdminHandler(
                metrics,
                version,
                () -> pipeline == null ? List.of() : pipeline.services(),
                () -> pipeline != null,
                adminToken);
        this.adminHere = adminHere;
    }

    /** The admin paths' handler, for a listener of their own. */
    AdminHandler admin() {
        return admin;
    }

    /** From now on requests reach the pipeline (and health lists its services). */
    void open(RequestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void handle(HttpExchange exchange) throws Exception {
        RequestPipeline live = pipeline;
        if (adminHere && exchange.rawPath().startsWith(AdminHandler.PREFIX)) {
            admin.handle(exchange);
        } else if (live == null) {
            boolean json = exchange.header("X-Amz-Target") != null;
            exchange.setHeader("Content-Type", json ? "application/x-amz-json-1.1" : "application/json");
            exchange.setHeader("x-amzn-ErrorType", "ServiceUnavailableException");
            exchange.send(503, json ? STARTING_JSON : STARTING_REST);
        } else {
            live.handle(exchange);
        }
    }
}
