package io.mediaplane.mediastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generated bodies of {@link MalformedInputTest} against the real server and its real
 * handlers and store (auth off): every answer is 200 or an AWS error of MediaStore's catalogue.
 */
class MalformedInputIT {
    private static final List<String> OPERATIONS = List.of(
            "CreateContainer",
            "DeleteContainer",
            "DescribeContainer",
            "ListContainers",
            "PutContainerPolicy",
            "GetContainerPolicy",
            "DeleteContainerPolicy",
            "PutCorsPolicy",
            "GetCorsPolicy",
            "DeleteCorsPolicy",
            "PutLifecyclePolicy",
            "GetLifecyclePolicy",
            "DeleteLifecyclePolicy",
            "PutMetricPolicy",
            "GetMetricPolicy",
            "DeleteMetricPolicy",
            "StartAccessLogging",
            "StopAccessLogging",
            "TagResource",
            "UntagResource",
            "ListTagsForResource");
    private static final List<String> CODES = List.of(
            "ValidationException",
            "SerializationException",
            "ContainerNotFoundException",
            "ContainerInUseException",
            "PolicyNotFoundException",
            "CorsPolicyNotFoundException",
            "LimitExceededException");

    @Test
    void realHandlersNeverAnswer500() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(7);
        try (TestServer server = TestServer.start(Duration.ZERO, null, "none")) {
            for (String op : OPERATIONS) {
                for (int i = 0; i < 60; i++) {
                    byte[] body = MalformedInputTest.body(random);
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(server.endpoint().resolve("/"))
                                    .header("X-Amz-Target", "MediaStore_20170901." + op)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    String shown = op + " " + new String(body, StandardCharsets.UTF_8);
                    assertTrue(
                            r.statusCode() == 200 || r.statusCode() == 400,
                            r.statusCode() + " " + r.body() + " for " + shown);
                    if (r.statusCode() == 400) {
                        String code = r.headers().firstValue("x-amzn-ErrorType").orElse("");
                        assertTrue(CODES.contains(code), code + " for " + shown);
                        assertTrue(r.body().contains("\"__type\":\"" + code + "\""), r.body());
                    }
                }
            }
            assertEquals(
                    200,
                    http.send(
                                    HttpRequest.newBuilder(server.endpoint().resolve("/_mediaplane/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode());
        }
    }
}
