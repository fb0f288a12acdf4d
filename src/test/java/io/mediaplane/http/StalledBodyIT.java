package io.mediaplane.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/**
 * A client that stops sending its request body is cut off after the body idle timeout (here
 * 300 ms) instead of holding a request open forever: the upload is answered 400 IncompleteBody
 * and the connection closed, and the stalled upload leaves nothing behind.
 */
class StalledBodyIT {
    @Test
    void aStalledStreamingUploadIsAbandonedAndLeavesNothing() throws Exception {
        try (TestServer server = TestServer.start(
                        c -> c.withBodyIdleTimeout(Duration.ofMillis(300)).withAuth("none"));
                MediaStoreClient control = Clients.mediaStore(server.endpoint())) {
            control.createContainer(r -> r.containerName("stall"));
            server.settle();
            String endpoint = control.describeContainer(r -> r.containerName("stall"))
                    .container()
                    .endpoint();
            URI uri = URI.create(endpoint);
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(120_000); // a hang guard only: the server is expected to act in 300 ms
                String head = "PUT " + uri.getPath() + "/live/stalled.ts HTTP/1.1\r\nHost: " + uri.getAuthority()
                        + "\r\nTransfer-Encoding: chunked\r\nx-amz-upload-availability: STREAMING\r\n"
                        + "Content-Type: video/MP2T\r\n\r\n" + "10\r\n0123456789abcdef\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush(); // ... and then nothing more
                String answer = readUntilClosed(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
                assertTrue(answer.contains("x-amzn-ErrorType: IncompleteBody"), answer);
                assertTrue(answer.contains("no request body bytes for 300 ms"), "says why: " + answer);
                assertTrue(answer.contains("Connection: close"), "and closes the connection: " + answer);
            }
            try (MediaStoreDataClient data = Clients.mediaStoreData(endpoint)) {
                assertThrows(ObjectNotFoundException.class, () -> data.describeObject(r -> r.path("live/stalled.ts")));
                // the server is fine afterwards: a normal upload still works
                data.putObject(
                        r -> r.path("live/ok.ts").contentType("video/MP2T"),
                        RequestBody.fromBytes("fine".getBytes(StandardCharsets.US_ASCII)));
                assertEquals(4L, data.describeObject(r -> r.path("live/ok.ts")).contentLength());
            }
        }
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed within 20 s: " + out, e);
        } catch (IOException e) {
            // a reset after the answer counts as closed
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
