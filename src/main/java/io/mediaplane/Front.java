package io.mediaplane;

import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import io.mediaplane.observe.AdminHandler;
import io.mediaplane.observe.Metrics;
import io.mediaplane.protocol.RequestPipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The listener's handler: admin paths to the admin handler, everything else to the request
 * pipeline once the modules are mounted (503 until then).
 */
final class Front implements HttpHandler {
    private static final byte[] STARTING =
            "{\"__type\":\"ServiceUnavailableException\",\"message\":\"Mediaplane is starting\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private final AdminHandler admin;
    private volatile RequestPipeline pipeline;

    Front(Metrics metrics, String version) {
        admin = new AdminHandler(
                metrics, version, () -> pipeline == null ? List.of() : pipeline.services(), () -> pipeline != null);
    }

    /** From now on requests reach the pipeline (and health lists its services). */
    void open(RequestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void handle(HttpExchange exchange) throws Exception {
        RequestPipeline live = pipeline;
        if (exchange.rawPath().startsWith(AdminHandler.PREFIX)) {
            admin.handle(exchange);
        } else if (live == null) {
            exchange.setHeader("Content-Type", "application/json");
            exchange.send(503, STARTING);
        } else {
            live.handle(exchange);
        }
    }
}
