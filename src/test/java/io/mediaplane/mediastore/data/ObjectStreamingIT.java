package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * STREAMING and STANDARD upload availability with slow chunked uploads (raw HTTP, chunk every
 * 200 ms), and the per-container host name. The server runs with --auth none so raw requests
 * need no signature (they are the owner account).
 */
class ObjectStreamingIT {
    private static final int CHUNK = 16 * 1024;
    private static final int CHUNKS = 8;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    @RegisterExtension
    static final LiveServer server = LiveServer.create().withoutAuth();

    /** A PUT written by hand on a socket with Transfer-Encoding: chunked, one chunk at a time. */
    static final class ChunkedUpload implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;

        ChunkedUpload(String url, String availability) throws IOException {
            URI uri = URI.create(url);
            socket = new Socket(uri.getHost(), uri.getPort());
            out = socket.getOutputStream();
            String head = "PUT " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: video/MP2T\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n"
                    + (availability == null ? "" : "x-amz-upload-availability: " + availability + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        void send(byte[] chunk) throws IOException {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Sends the last chunk and returns the whole response. */
        String end() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }

        /** Gives up mid-upload: the connection goes away without the last chunk. */
        void breakOff() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        boolean responded() throws IOException {
            return socket.isClosed() || socket.getInputStream().available() > 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static byte[] chunk(int i) {
        byte[] b = new byte[CHUNK];
        Arrays.fill(b, (byte) ('a' + i));
        return b;
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).HEAD().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Polls (DescribeObject) until HEAD stops answering 404 (the server has the upload's first bytes). */
    private static void awaitVisible(String url) throws Exception {
        awaitStatus(url, false);
    }

    /** Polls HEAD until it answers 404 ({@code missing}) or anything else, for up to a generous minute. */
    private static void awaitStatus(String url, boolean missing) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((status(url) == 404) != missing) {
            assertTrue(System.nanoTime() < deadline, url + (missing ? " never went away" : " never appeared"));
            Thread.sleep(20);
        }
    }

    @Test
    void aReaderGetsStreamingBytesBeforeTheUploadEnds() throws Exception {
        String url = Containers.activeEndpoint(server, "stream") + "/live/seg.ts";
        ChunkedUpload put = new ChunkedUpload(url, "STREAMING");
        put.send(chunk(0));
        awaitVisible(url);

        HttpResponse<InputStream> get = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, get.statusCode());
        InputStream in = get.body();
        byte[] first = in.readNBytes(CHUNK);
        assertArrayEquals(chunk(0), first, "the reader has the first chunk while the upload is still open");
        assertFalse(put.responded(), "the upload has not ended: its last chunks are not even written yet");

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(chunk(0));
        for (int i = 1; i < CHUNKS; i++) {
            Thread.sleep(200);
            put.send(chunk(i));
            expected.write(chunk(i));
        }
        String done = put.end();
        byte[] rest = in.readAllBytes();
        assertArrayEquals(Arrays.copyOfRange(expected.toByteArray(), CHUNK, CHUNK * CHUNKS), rest);
        assertTrue(done.startsWith("HTTP/1.1 200"), done);
        assertTrue(done.contains(ObjectStreamingIT.sha256(expected.toByteArray())), done);
        byte[] after = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertArrayEquals(expected.toByteArray(), after, "committed once complete");
    }

    @Test
    void aFailedStreamingUploadBreaksReadersAndLeavesNothing() throws Exception {
        String url = Containers.activeEndpoint(server, "broken") + "/live/seg.ts";
        ChunkedUpload put = new ChunkedUpload(url, "STREAMING");
        put.send(chunk(0));
        awaitVisible(url);
        HttpResponse<InputStream> get = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        InputStream in = get.body();
        assertArrayEquals(chunk(0), in.readNBytes(CHUNK));
        put.breakOff();
        assertThrows(IOException.class, in::readAllBytes, "the reader sees a broken transfer, not a short object");
        awaitStatus(url, true);
    }

    @Test
    void aStandardUploadIsInvisibleUntilComplete() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "standard");
        String url = endpoint + "/vod/seg.ts";
        ChunkedUpload put = new ChunkedUpload(url, null);
        for (int i = 0; i < CHUNKS - 1; i++) {
            put.send(chunk(i));
            Thread.sleep(200);
            assertEquals(404, status(url), "nothing to read before the upload completes");
        }
        HttpResponse<String> list = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"Items\":[]}", list.body());
        put.send(chunk(CHUNKS - 1));
        String done = put.end();
        assertTrue(done.startsWith("HTTP/1.1 200"), done);
        byte[] got = HTTP.send(
                        HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertEquals(CHUNK * CHUNKS, got.length);
    }

    @Test
    void theContainerHostNameIsAnEndpointToo() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "host");
        String id = endpoint.substring(endpoint.lastIndexOf('/') + 1);
        String host = id + ".data.mediastore.us-east-1.amazonaws.com";
        String put = raw("PUT /folder/a.txt HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
        assertTrue(put.startsWith("HTTP/1.1 200"), put);
        String get = raw("GET //folder/a.txt HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        assertTrue(get.startsWith("HTTP/1.1 200"), get);
        assertTrue(get.endsWith("\r\n\r\nhello"), get);
        byte[] viaPrefix = HTTP.send(
                        HttpRequest.newBuilder(URI.create(endpoint + "/folder/a.txt"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertEquals("hello", new String(viaPrefix, StandardCharsets.UTF_8), "one container, two ways in");
        String unknown = raw("GET /folder/a.txt HTTP/1.1\r\nHost: zzzzzzzzzzzzzz.data.mediastore.local\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(unknown.startsWith("HTTP/1.1 404"), unknown);
        assertTrue(unknown.contains("ContainerNotFoundException"), unknown);
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.testServer().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static String sha256(byte[] b) throws Exception {
        return MediaStoreDataIT.sha256(b);
    }
}
