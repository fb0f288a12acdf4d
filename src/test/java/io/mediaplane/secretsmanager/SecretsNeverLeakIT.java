package io.mediaplane.secretsmanager;

import static io.mediaplane.secretsmanager.SecretsManagerErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A planted secret value goes through every operation, successful and failing (too long, the
 * same token with another value, bad base64, malformed JSON), and then appears in no log line
 * (our packages at DEBUG), no metric and no error message, in plain text or base64.
 */
class SecretsNeverLeakIT {
    private static final String PLANTED =
            "PLANTED" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void aPlantedValueReachesNoLogMetricOrErrorMessage() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("io.mediaplane");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        Level before = ours.getLevel();
        ours.setLevel(Level.DEBUG);
        List<String> messages = new ArrayList<>();
        String metrics;
        try (TestServer server = TestServer.start(c -> c.withAuth("none"));
                SecretsManagerClient sm = Clients.secretsManager(server.endpoint(), "test", "test", "us-east-1")) {
            String token = UUID.randomUUID().toString();
            String arn = sm.createSecret(
                            r -> r.name("planted").secretString(PLANTED).clientRequestToken(token))
                    .arn();
            assertEquals(PLANTED, sm.getSecretValue(r -> r.secretId(arn)).secretString());
            sm.putSecretValue(r -> r.secretId("planted").secretBinary(SdkBytes.fromUtf8String(PLANTED)));
            sm.updateSecret(r -> r.secretId("planted").secretString(PLANTED + "2"));
            sm.describeSecret(r -> r.secretId("planted"));
            sm.listSecrets(r -> r.filters(f -> f.key("all").values("planted")));
            messages.add(expect(
                            "ResourceExistsException",
                            () -> sm.putSecretValue(r -> r.secretId("planted")
                                    .secretString(PLANTED + "x")
                                    .clientRequestToken(token)))
                    .getMessage());
            messages.add(expect(
                            "ValidationException",
                            () -> sm.createSecret(r -> r.name("too-long").secretString(PLANTED + "x".repeat(65536))))
                    .getMessage());
            messages.add(expect(
                            "ValidationException",
                            () -> sm.putSecretValue(r -> r.secretId("planted")
                                    .secretBinary(SdkBytes.fromUtf8String(PLANTED + "x".repeat(65536)))))
                    .getMessage());
            messages.add(expect(
                            "InvalidParameterException",
                            () -> sm.createSecret(r -> r.name("both")
                                    .secretString(PLANTED)
                                    .secretBinary(SdkBytes.fromUtf8String(PLANTED))))
                    .getMessage());
            messages.add(raw(server, "CreateSecret", "{\"Name\":\"raw\",\"SecretBinary\":\"" + PLANTED + "!!\"}", 400));
            messages.add(raw(server, "CreateSecret", "{\"Name\":\"raw\",\"SecretBinary\":[\"" + PLANTED + "\"]}", 400));
            messages.add(
                    raw(server, "CreateSecret", "{\"Name\":\"raw\",\"SecretString\":{\"" + PLANTED + "\":1}}", 400));
            messages.add(raw(server, "CreateSecret", "{\"Name\":\"raw\",\"SecretString\":\"" + PLANTED, 400));
            sm.deleteSecret(r -> r.secretId("planted"));
            messages.add(expect("InvalidRequestException", () -> sm.getSecretValue(r -> r.secretId("planted")))
                    .getMessage());
            sm.restoreSecret(r -> r.secretId("planted"));
            sm.deleteSecret(r -> r.secretId("planted").forceDeleteWithoutRecovery(true));
            metrics = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.endpoint() + "/_mediaplane/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } finally {
            root.detachAppender(log);
            ours.setLevel(before);
        }
        assertTrue(metrics.contains("secretsmanager"), "the scrape covers the service");
        assertFalse(log.list.isEmpty(), "the appender saw the server's log");
        List<String> forms = List.of(
                PLANTED,
                Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().formatHex(PLANTED.getBytes(StandardCharsets.UTF_8)));
        for (String form : forms) {
            assertFalse(metrics.contains(form), "metrics");
            for (String m : messages) {
                assertFalse(m.contains(form), "error message: " + m);
            }
            for (ILoggingEvent e : log.list) {
                assertFalse(text(e).contains(form), "log line: " + text(e));
            }
        }
    }

    /** An unsigned awsJson1.1 request as a hand-written client would send it; returns the error body. */
    private static String raw(TestServer server, String operation, String body, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint())
                                .header("X-Amz-Target", "secretsmanager." + operation)
                                .header("Content-Type", "application/x-amz-json-1.1")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }

    private static String text(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                sb.append('\n').append(frame.getSTEAsString());
            }
        }
        return sb.toString();
    }
}
