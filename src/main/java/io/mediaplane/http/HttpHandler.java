package io.mediaplane.http;

/** Handles one exchange completely: reads what it needs and sends a response. */
@FunctionalInterface
public interface HttpHandler {
    void handle(HttpExchange exchange) throws Exception;
}
