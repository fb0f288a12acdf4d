package io.mediaplane.mediaconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd bodies against the real MediaConnect handlers and store (auth off): wrong
 * types, nulls, members that collide with response members, huge numbers, unknown nested
 * members. Every answer is a success or a modelled 4xx error, never a 500, and what was stored
 * still reads back.
 */
class MediaConnectMalformedInputIT {
    private static final Set<String> CODES = Set.of(
            "BadRequestException",
            "NotFoundException",
            "ForbiddenException",
            "CreateFlow420Exception",
            "AddFlowOutputs420Exception",
            "GrantFlowEntitlements420Exception");
    private static final String SOURCE = "{\"name\":\"s\",\"protocol\":\"rtp\",\"ingestPort\":%d}";
    private static final List<String> CREATE_BODIES = List.of(
            "",
            "[]",
            "{\"name\":5}",
            "{\"name\":\"x\",\"source\":\"rtp\"}",
            "{\"name\":\"x\",\"source\":null}",
            "{\"name\":\"x\",\"source\":{}}",
            "{\"name\":\"x\",\"sources\":[null]}",
            "{\"name\":\"x\",\"sources\":[]}",
            "{\"name\":\"x\",\"source\":{\"protocol\":\"rtp\",\"ingestPort\":\"5000\"}}",
            "{\"name\":\"x\",\"source\":{\"protocol\":\"rtp\",\"ingestPort\":99999999999}}",
            "{\"name\":\"x\",\"source\":{\"protocol\":\"rtp\",\"ingestPort\":2147483647}}",
            "{\"name\":\"x\",\"source\":{\"protocol\":\"rtp\",\"ingestPort\":-1}}",
            "{\"name\":\"x\",\"source\":{\"protocol\":\"RTP\",\"ingestPort\":5000}}",
            "{\"name\":\"x\",\"source\":{\"protocol\":\"zixi-push\",\"decryption\":{}}}",
            "{\"name\":\"x\",\"source\":{\"protocol\":\"zixi-push\",\"decryption\":{\"roleArn\":\"r\"}}}",
            "{\"name\":\"x\",\"source\":{\"entitlementArn\":\"arn:aws:mediaconnect:us-east-1:000000000000:flow:x:y\"}}",
            "{\"name\":\"x\",\"source\":{\"entitlementArn\":7}}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"outputs\":[{}]}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"outputs\":[null]}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"outputs\":{\"a\":1}}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"outputs\":[{\"protocol\":\"rtp\",\"port\":2147483647,"
                    + "\"destination\":\"1.2.3.4\"}]}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"outputs\":[{\"protocol\":\"rtp-fec\",\"port\":65534,"
                    + "\"destination\":\"1.2.3.4\"}]}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"entitlements\":[{\"subscribers\":[null]}]}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"entitlements\":[{\"subscribers\":[]}]}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"flowTags\":{\"a\":null}}",
            "{\"name\":\"x\",\"source\":" + SOURCE + ",\"flowTags\":[1]}");
    /** Bodies that succeed: members named like response members, unknown nested members. */
    private static final List<String> ODD_BUT_VALID = List.of(
            "{\"name\":\"odd%d\",\"description\":\"d\",\"status\":\"ACTIVE\",\"flowArn\":\"x\",\"egressIp\":\"9.9.9.9\","
                    + "\"source\":{\"name\":\"s\",\"protocol\":\"rtp\",\"ingestPort\":%d,\"transport\":{\"x\":1},"
                    + "\"sourceArn\":\"fake\",\"ingestIp\":\"8.8.8.8\",\"future\":{\"deep\":[null,{}]}}}",
            "{\"name\":\"odd%d\",\"source\":{\"name\":\"s\",\"protocol\":\"rtp\",\"ingestPort\":%d},\"outputs\":[{"
                    + "\"protocol\":\"rtp\",\"destination\":\"1.2.3.4\",\"port\":5,\"outputArn\":\"fake\","
                    + "\"transport\":\"x\",\"cidrAllowList\":[\"10.0.0.0/8\"]}],\"vpcInterfaces\":[{\"name\":\"v\"}]}");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createFlowNeverAnswers500AndOddMembersNeverCorruptTheStore() throws Exception {
        try (TestServer server = TestServer.start(Duration.ZERO, null, "none")) {
            int port = 30_000;
            for (String body : CREATE_BODIES) {
                HttpResponse<String> r = send(server, "POST", "/v1/flows", body.formatted(port += 10));
                assertError(r, body);
            }
            for (String body : ODD_BUT_VALID) {
                String filled = body.formatted(port, port += 10);
                HttpResponse<String> r = send(server, "POST", "/v1/flows", filled);
                assertEquals(201, r.statusCode(), r.body() + " for " + filled);
                Matcher arn = Pattern.compile("\"flowArn\":\"(arn:[^\"]+)\"").matcher(r.body());
                assertTrue(arn.find(), r.body());
                HttpResponse<String> described =
                        send(server, "GET", "/v1/flows/" + URLEncoder.encode(arn.group(1), StandardCharsets.UTF_8), "");
                assertEquals(200, described.statusCode(), described.body());
                assertTrue(
                        !described.body().contains("fake")
                                && !described.body().contains("9.9.9.9")
                                && !described.body().contains("8.8.8.8"),
                        described.body());
                HttpResponse<String> list = send(server, "GET", "/v1/flows", "");
                assertEquals(200, list.statusCode(), list.body());
            }
        }
    }

    private HttpResponse<String> send(TestServer server, String method, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> r, String body) {
        assertTrue(
                r.statusCode() == 400 || r.statusCode() == 420 || r.statusCode() == 404 || r.statusCode() == 403,
                r.statusCode() + " " + r.body() + " for " + body);
        String code = r.headers().firstValue("x-amzn-ErrorType").orElse("");
        assertTrue(CODES.contains(code), code + " for " + body);
        assertTrue(r.body().contains("\"message\":"), r.body());
    }
}
