package io.mediaplane.support.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One browser tab: open a URL, evaluate JavaScript, wait for a condition. Records what the page
 * printed (console API, browser log entries such as CORS rejections, uncaught exceptions) and every
 * request that failed (network errors and CORS blocks, as Network.loadingFailed reports them) or
 * was answered with an HTTP error status.
 */
public final class BrowserPage implements AutoCloseable {
    private static final long POLL_MS = 100;

    /** A console message, a browser log entry or an uncaught exception: its level and text. */
    public record ConsoleMessage(String level, String text) {}

    /** A request that did not end in a 2xx/3xx: a network failure (with its CORS reason) or an HTTP error status. */
    public record FailedRequest(String url, String errorText, String blockedReason, String corsError, int status) {}

    private final DevTools devTools;
    private final String targetId;
    private final String sessionId;
    private final Map<String, String> urls = new ConcurrentHashMap<>();
    private final List<ConsoleMessage> console = new CopyOnWriteArrayList<>();
    private final List<FailedRequest> failed = new CopyOnWriteArrayList<>();

    private BrowserPage(DevTools devTools, String targetId, String sessionId) {
        this.devTools = devTools;
        this.targetId = targetId;
        this.sessionId = sessionId;
    }

    static BrowserPage attach(DevTools devTools, String targetId, String sessionId) {
        var page = new BrowserPage(devTools, targetId, sessionId);
        devTools.onEvent(event -> {
            if (sessionId.equals(event.sessionId())) {
                page.record(event.method(), event.params());
            }
        });
        for (String domain : List.of("Runtime", "Network", "Log", "Page")) {
            devTools.send(sessionId, domain + ".enable", Map.of());
        }
        return page;
    }

    /** Navigates and waits until the document has loaded (scripts of the page included). */
    public void open(String url) {
        JsonNode result = devTools.send(sessionId, "Page.navigate", Map.of("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException(
                    "cannot open " + url + ": " + result.get("errorText").asText());
        }
        waitUntil(
                "document.readyState === 'complete' && location.href === " + DevTools.JSON.valueToTree(url),
                Duration.ofSeconds(120));
    }

    /** Evaluates an expression (promises awaited) and returns its value as JSON. */
    public JsonNode evaluate(String expression) {
        JsonNode result = devTools.send(
                sessionId,
                "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            JsonNode details = result.get("exceptionDetails");
            throw new IllegalStateException("page threw on `" + expression + "`: "
                    + details.path("exception")
                            .path("description")
                            .asText(details.path("text").asText()));
        }
        return result.path("result").path("value");
    }

    /** Polls the expression until it is truthy; on timeout fails with everything the page reported. */
    public void waitUntil(String expression, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String truthy = "!!(" + expression + ")";
        while (!evaluate(truthy).asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("`" + expression + "` not true within " + timeout + "\n" + diagnostics());
            }
            Chromium.pause(POLL_MS);
        }
    }

    public List<ConsoleMessage> console() {
        return List.copyOf(console);
    }

    public List<FailedRequest> failedRequests() {
        return List.copyOf(failed);
    }

    /** Console output and failed requests, one per line, for assertion messages. */
    public String diagnostics() {
        return "console:\n"
                + console.stream().map(m -> "  " + m.level() + ": " + m.text()).collect(Collectors.joining("\n"))
                + "\nfailed requests:\n" + failed.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        try {
            devTools.send(null, "Target.closeTarget", Map.of("targetId", targetId));
        } catch (RuntimeException e) {
            // the browser is going away anyway
        }
    }

    private void record(String method, JsonNode params) {
        switch (method) {
            case "Runtime.consoleAPICalled" ->
                console.add(new ConsoleMessage(
                        params.path("type").asText(),
                        stream(params.path("args")).map(BrowserPage::text).collect(Collectors.joining(" "))));
            case "Runtime.exceptionThrown" ->
                console.add(new ConsoleMessage(
                        "exception",
                        params.path("exceptionDetails")
                                .path("exception")
                                .path("description")
                                .asText(params.path("exceptionDetails")
                                        .path("text")
                                        .asText())));
            case "Log.entryAdded" ->
                console.add(new ConsoleMessage(
                        params.path("entry").path("level").asText(),
                        params.path("entry").path("text").asText()));
            case "Network.requestWillBeSent" ->
                urls.put(
                        params.path("requestId").asText(),
                        params.path("request").path("url").asText());
            case "Network.responseReceived" -> {
                int status = params.path("response").path("status").asInt();
                if (status >= 400) {
                    failed.add(new FailedRequest(
                            params.path("response").path("url").asText(), "", "", "", status));
                }
            }
            case "Network.loadingFailed" ->
                failed.add(new FailedRequest(
                        urls.getOrDefault(params.path("requestId").asText(), "?"),
                        params.path("errorText").asText(),
                        params.path("blockedReason").asText(""),
                        params.path("corsErrorStatus").path("corsError").asText(""),
                        0));
            default -> {}
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String text(JsonNode remoteObject) {
        return remoteObject.has("value")
                ? remoteObject.get("value").asText()
                : remoteObject
                        .path("description")
                        .asText(remoteObject.path("type").asText());
    }
}
