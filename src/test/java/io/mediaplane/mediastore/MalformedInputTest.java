package io.mediaplane.mediastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.config.Quotas;
import io.mediaplane.protocol.Operation;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.support.FakeExchange;
import io.mediaplane.support.RecordingService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends to any MediaStore operation, the protocol layer answers 200 or a 400
 * with an error code in both places botocore and the Java SDK look: never a 500, never silence.
 * Thousands of generated bodies per operation: member names of the shapes with values of every
 * JSON type, nested garbage, truncated documents and random bytes.
 */
class MalformedInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of(
            "ContainerName",
            "Tags",
            "Key",
            "Value",
            "NextToken",
            "MaxResults",
            "Policy",
            "CorsPolicy",
            "AllowedOrigins",
            "AllowedMethods",
            "AllowedHeaders",
            "MaxAgeSeconds",
            "ExposeHeaders",
            "LifecyclePolicy",
            "MetricPolicy",
            "ContainerLevelMetrics",
            "MetricPolicyRules",
            "ObjectGroup",
            "ObjectGroupName",
            "Resource",
            "TagKeys");

    @Test
    void everyGeneratedBodyGetsA200OrAnAwsError() throws Exception {
        ServiceSpec spec = MediaStoreService.spec(null, new PageTokens(new byte[32]), Quotas.defaults());
        RecordingService wire = new RecordingService(spec);
        wire.answer(null);
        Random random = new Random(20261121);
        int errors = 0;
        for (Operation<?, ?> op : spec.operations()) {
            for (int i = 0; i < 400; i++) {
                byte[] body = body(random);
                FakeExchange exchange = new FakeExchange(
                        "POST", "/", "", Map.of("X-Amz-Target", List.of("MediaStore_20170901." + op.name())), body);
                wire.pipeline().handle(exchange);
                int status = exchange.responseStatus();
                String shown = op.name() + " " + new String(body, StandardCharsets.UTF_8);
                assertTrue(status == 200 || status == 400, status + " for " + shown);
                if (status == 400) {
                    errors++;
                    JsonNode error = JSON.readTree(exchange.responseBody.toByteArray());
                    String code = error.path("__type").asText();
                    assertTrue(
                            code.equals("ValidationException") || code.equals("SerializationException"),
                            code + " for " + shown);
                    assertEquals(code, exchange.responseHeaders.get("x-amzn-ErrorType"));
                    assertTrue(!error.path("Message").asText().isBlank(), shown);
                }
            }
        }
        assertTrue(errors > 1000, "the generator produces mostly invalid input: " + errors);
    }

    static byte[] body(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> randomBytes(r);
            case 1 -> truncated(r);
            default -> object(r, 0).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String object(Random r, int depth) {
        StringBuilder sb = new StringBuilder("{");
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(NAMES.get(r.nextInt(NAMES.size())))
                    .append("\":")
                    .append(value(r, depth + 1));
        }
        return sb.append('}').toString();
    }

    private static String value(Random r, int depth) {
        return switch (depth > 3 ? r.nextInt(6) : r.nextInt(9)) {
            case 0 -> "null";
            case 1 -> String.valueOf(r.nextInt(5) - 1);
            case 2 -> r.nextBoolean() ? "true" : "1e400";
            case 3 -> JSON.valueToTree(text(r)).toString();
            case 4 -> "\"" + "x".repeat(r.nextInt(3) * 5000) + "\"";
            case 5 -> String.valueOf(Long.MAX_VALUE) + "0";
            case 6 -> "[" + value(r, depth + 1) + "," + value(r, depth + 1) + "]";
            case 7 -> object(r, depth);
            default -> "[" + object(r, depth) + "]";
        };
    }

    private static String text(Random r) {
        String[] samples = {
            "",
            "a",
            "movies",
            "has space",
            "arn:aws:mediastore:us-east-1:000000000000:container/x",
            "\u0000\u0001",
            "ünïcödé",
            "{\"Statement\":[]}",
            "GET",
            "*",
            "AAAA",
            "aws:tag",
            "../..",
            "%2F"
        };
        return samples[r.nextInt(samples.length)];
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(64)];
        r.nextBytes(b);
        return b;
    }

    private static byte[] truncated(Random r) {
        String full = object(r, 0);
        return full.substring(0, r.nextInt(full.length() + 1)).getBytes(StandardCharsets.UTF_8);
    }
}
