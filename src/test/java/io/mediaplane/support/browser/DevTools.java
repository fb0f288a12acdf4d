package io.mediaplane.support.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One Chrome DevTools Protocol connection to the browser endpoint, over the JDK's WebSocket client.
 * Pages are flat sessions on it (Target.attachToTarget with flatten): commands carry their
 * sessionId and events are delivered to the listeners with theirs.
 */
final class DevTools implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: a loaded machine, not a slow answer, is what a test of ours would otherwise fail on. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    /** A protocol event: the session it belongs to (null for the browser), its method and params. */
    record Event(String sessionId, String method, JsonNode params) {}

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebSocket socket;

    private DevTools(URI browserUrl) {
        this.socket = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(60))
                .buildAsync(browserUrl, new Receiver())
                .orTimeout(90, TimeUnit.SECONDS)
                .join();
    }

    static DevTools connect(URI browserUrl) {
        return new DevTools(browserUrl);
    }

    void onEvent(Consumer<Event> listener) {
        listeners.add(listener);
    }

    /** Sends a command (to the browser when sessionId is null) and waits for its result. */
    JsonNode send(String sessionId, String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        var reply = new CompletableFuture<JsonNode>();
        pending.put(id, reply);
        try {
            synchronized (socket) {
                socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            JsonNode answer = reply.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + " failed: " + answer.get("error"));
            }
            return answer.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer from the browser", e);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
        http.close();
        pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("connection closed")));
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (Exception e) {
            return; // the browser only sends JSON; a torn message cannot be acted on
        }
        if (message.has("id")) {
            var reply = pending.get(message.get("id").asLong());
            if (reply != null) {
                reply.complete(message);
            }
            return;
        }
        var event = new Event(
                message.path("sessionId").asText(null), message.path("method").asText(), message.path("params"));
        listeners.forEach(l -> l.accept(event));
    }

    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pending.values()
                    .forEach(f -> f.completeExceptionally(new IllegalStateException("browser closed: " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
