package io.mediaplane.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.RawSigV4;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Input the server refuses or bounds as AWS and RFC 9110 say: uploads that declare no length, CORS
 * rules that would split response headers, awsJson calls by anything but POST, ranges past the end
 * (clamped, not refused), and unknown targets (one status and one error shape).
 */
class RefusalSecurityIT {
    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static void error(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, r.headers().firstValue("x-amzn-ErrorType").orElse(null), r.body());
    }

    @Test
    void anUploadWithNeitherLengthNorChunkingIs411() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "no-length");
        String path = URI.create(endpoint).getPath() + "/empty.txt";
        String raw;
        try (Socket s =
                new Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            s.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder("PUT " + path + " HTTP/1.1\r\nHost: "
                    + server.endpoint().getAuthority() + "\r\nConnection: close\r\n");
            RawSigV4.request(server.endpoint(), "PUT", path)
                    .payloadHash("UNSIGNED-PAYLOAD")
                    .headers(java.time.Instant.now())
                    .forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            OutputStream out = s.getOutputStream();
            out.write((head + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            s.getInputStream().transferTo(all);
            raw = all.toString(StandardCharsets.UTF_8);
        }
        assertTrue(raw.startsWith("HTTP/1.1 411"), raw);
        assertTrue(raw.contains("x-amzn-ErrorType: MissingContentLength"), raw);
        var listed = RawSigV4.request(server.endpoint(), "GET", path).send();
        assertEquals(404, listed.statusCode(), "nothing was stored: " + listed.body());
    }

    @Test
    void corsRulesWithControlCharactersAreRefused() throws Exception {
        String name = Containers.nameOf(server, Containers.activeEndpoint(server, "cors-crlf"));
        for (String bad : new String[] {"a\\r\\nSet-Cookie: x=1", "x\\u0000y", "tab\\there"}) {
            for (String member : new String[] {"AllowedOrigins", "AllowedHeaders", "ExposeHeaders"}) {
                String rule = "{\"AllowedOrigins\":[\"*\"],\"AllowedMethods\":[\"GET\"],\"AllowedHeaders\":[\"*\"],"
                                .replace("\"" + member + "\":[\"*\"],", "")
                        + "\"" + member + "\":[\"" + bad + "\"]}";
                var r = RawSigV4.mediaStore(
                                server.endpoint(),
                                "PutCorsPolicy",
                                "{\"ContainerName\":\"" + name + "\",\"CorsPolicy\":[" + rule + "]}")
                        .send();
                error(r, 400, "ValidationException");
                assertTrue(r.body().contains("control characters"), r.body());
            }
        }
    }

    @Test
    void awsJsonOperationsAreOnlyPost() throws Exception {
        String name = Containers.nameOf(server, Containers.activeEndpoint(server, "only-post"));
        for (String method : new String[] {"GET", "PUT", "DELETE", "PATCH"}) {
            var r = RawSigV4.request(server.endpoint(), method, "/")
                    .header("X-Amz-Target", "MediaStore_20170901.DeleteContainer")
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .body("{\"ContainerName\":\"" + name + "\"}")
                    .send();
            error(r, 405, "MethodNotAllowedException");
            assertTrue(r.body().contains("\"Message\""), r.body());
        }
        var still = RawSigV4.mediaStore(server.endpoint(), "DescribeContainer", "{\"ContainerName\":\"" + name + "\"}")
                .send();
        assertEquals(200, still.statusCode(), "no method deleted it: " + still.body());
    }

    @Test
    void aRangeEndPastTheObjectIsClampedEvenBeyondALong() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "range-clamp");
        Clients.mediaStoreData(endpoint)
                .putObject(r -> r.path("a.bin"), RequestBody.fromBytes("0123456789".getBytes(StandardCharsets.UTF_8)));
        String path = URI.create(endpoint).getPath() + "/a.bin";
        for (String range :
                new String[] {"bytes=0-9223372036854775808", "bytes=4-99999999999999999999", "bytes=0-10"}) {
            var r = RawSigV4.request(server.endpoint(), "GET", path)
                    .header("Range", range)
                    .send();
            assertEquals(206, r.statusCode(), range + ": " + r.body());
            int first = range.charAt(6) - '0';
            assertEquals("0123456789".substring(first), r.body(), range);
            assertEquals(
                    "bytes " + first + "-9/10",
                    r.headers().firstValue("Content-Range").orElse(null),
                    range);
        }
        var past = RawSigV4.request(server.endpoint(), "GET", path)
                .header("Range", "bytes=10-9223372036854775808")
                .send();
        error(past, 416, "RequestedRangeNotSatisfiableException");
    }

    @Test
    void unknownTargetsAreOne400InTheAwsJsonShape() throws Exception {
        for (String target : new String[] {"MediaStore_20170901.Nope", "Nope_2020.ListContainers", "nodot"}) {
            var r = RawSigV4.request(server.endpoint(), "POST", "/")
                    .header("X-Amz-Target", target)
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .body("{}")
                    .send();
            error(r, 400, "UnknownOperationException");
            assertTrue(r.body().contains("\"Message\"") && !r.body().contains("\"message\""), r.body());
        }
        var none = RawSigV4.request(server.endpoint(), "POST", "/")
                .header("Content-Type", "application/x-amz-json-1.1")
                .body("{}")
                .send();
        error(none, 400, "UnknownOperationException");
    }
}
