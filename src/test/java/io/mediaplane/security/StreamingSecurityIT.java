package io.mediaplane.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.RawSigV4;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A STREAMING upload signed over its whole body, sent with another body: no reader may get a byte
 * of it, neither while it arrives (it is verified only at the end) nor after the writer's 403.
 */
class StreamingSecurityIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static HttpResponse<InputStream> read(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.endpoint().resolve(path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        RawSigV4.request(server.endpoint(), "GET", path).headers(Instant.now()).forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static void chunk(OutputStream out, byte[] data) throws Exception {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void aForgedStreamingBodyReachesNoReader() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "forgery");
        String path = URI.create(endpoint).getPath() + "/live/seg.ts";
        byte[] legit = new byte[300_000];
        Arrays.fill(legit, (byte) 'L');
        byte[] forged = new byte[300_000];
        Arrays.fill(forged, (byte) 'F');
        Map<String, String> headers = RawSigV4.request(server.endpoint(), "PUT", path)
                .header("x-amz-upload-availability", "STREAMING")
                .header("Content-Type", "video/MP2T")
                .payloadHash(RawSigV4.hex(RawSigV4.sha256(legit)))
                .headers(Instant.now());
        try (Socket writer =
                new Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            writer.setSoTimeout(60_000);
            OutputStream out = writer.getOutputStream();
            StringBuilder head = new StringBuilder("PUT " + path + " HTTP/1.1\r\n");
            head.append("Host: ")
                    .append(server.endpoint().getHost())
                    .append(':')
                    .append(server.endpoint().getPort())
                    .append("\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            chunk(out, Arrays.copyOfRange(forged, 0, 200_000));

            HttpResponse<InputStream> during = read(path);
            byte[] seen = during.body().readNBytes(during.statusCode() == 200 ? 1 : Integer.MAX_VALUE);
            assertEquals(404, during.statusCode(), "a reader while the forged body arrives: " + new String(seen));
            assertEquals(
                    "ObjectNotFoundException",
                    during.headers().firstValue("x-amzn-ErrorType").orElse(null));

            chunk(out, Arrays.copyOfRange(forged, 200_000, forged.length));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = writer.getInputStream();
            byte[] buf = new byte[4096];
            int n;
            while (!answer.toString(StandardCharsets.US_ASCII).contains("}") && (n = in.read(buf)) > 0) {
                answer.write(buf, 0, n);
            }
            String response = answer.toString(StandardCharsets.US_ASCII);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.contains("InvalidSignatureException"), response);
        }
        HttpResponse<InputStream> after = read(path);
        after.body().close();
        assertEquals(404, after.statusCode(), "nothing was stored");
    }
}
