package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/**
 * GET bodies leave through sendfile from an open, shared blob (FileSendingEndPoint, OpenBlobs):
 * partial writes to a slow reader, the framing of keep-alive responses around them, ranges, and
 * a reader whose object is overwritten and deleted half-way all get exactly the right bytes.
 */
class ZeroCopyReadIT {
    @RegisterExtension
    static final LiveServer server = LiveServer.create().withoutAuth(); // raw requests act as the owner

    private record Response(int status, Map<String, String> headers, byte[] body) {}

    @Test
    void aSlowReaderGetsTheWholeVersionItStartedWithWhileTheObjectIsReplacedAndDeleted() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "slow");
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        byte[] first = MediaStoreDataIT.bytes(20 << 20, 1);
        byte[] second = MediaStoreDataIT.bytes(20 << 20, 2);
        client.putObject(r -> r.path("vod/movie.mp4"), RequestBody.fromBytes(first));

        URI uri = URI.create(endpoint);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(32 * 1024); // the server's sendfile cannot finish in one go
            socket.setSoTimeout(120_000); // a hang guard only
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()));
            request(socket, "GET", uri.getPath() + "/vod/movie.mp4", uri);
            InputStream in = socket.getInputStream();
            Map<String, String> headers = readHead(in);
            int length = Integer.parseInt(headers.get("content-length"));
            assertEquals(first.length, length);
            byte[] got = new byte[length];
            int read = readFully(in, got, 0, 1 << 20);
            client.putObject(r -> r.path("vod/movie.mp4"), RequestBody.fromBytes(second));
            client.deleteObject(r -> r.path("vod/movie.mp4"));
            while (read < length) {
                read += readFully(in, got, read, Math.min(64 * 1024, length - read));
                Thread.sleep(read % (1 << 20) < 64 * 1024 ? 5 : 0);
            }
            assertEquals(
                    MediaStoreDataIT.sha256(first),
                    MediaStoreDataIT.sha256(got),
                    "the reader finished the version it started, though it was replaced and deleted meanwhile");
        }
        assertThrows(ObjectNotFoundException.class, () -> client.getObjectAsBytes(r -> r.path("vod/movie.mp4")));
    }

    @Test
    void keepAliveResponsesOfEverySizeStayInStep() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "framing");
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        int[] sizes = {0, 1, 188, 65_536, 1 << 20, 3 * (1 << 20) + 17};
        Map<String, byte[]> objects = new LinkedHashMap<>();
        for (int size : sizes) {
            byte[] body = MediaStoreDataIT.bytes(size, size);
            objects.put("seg-" + size + ".ts", body);
            client.putObject(r -> r.path("live/seg-" + size + ".ts"), RequestBody.fromBytes(body));
        }
        URI uri = URI.create(endpoint);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000); // a hang guard only
            for (int round = 0; round < 2; round++) {
                for (Map.Entry<String, byte[]> object : objects.entrySet()) {
                    String path = uri.getPath() + "/live/" + object.getKey();
                    Response head = exchange(socket, "HEAD", path, uri);
                    assertEquals(200, head.status());
                    assertEquals(
                            String.valueOf(object.getValue().length),
                            head.headers().get("content-length"));
                    assertEquals(0, head.body().length, "HEAD has no body");
                    Response get = exchange(socket, "GET", path, uri);
                    assertEquals(200, get.status(), object.getKey());
                    assertArrayEquals(object.getValue(), get.body(), object.getKey());
                }
            }
        }
    }

    @Test
    void rangesAreCutFromTheRightPlaceOfTheFile() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "ranges");
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        byte[] body = MediaStoreDataIT.bytes(3 << 20, 7);
        client.putObject(r -> r.path("a/b.mp4"), RequestBody.fromBytes(body));
        String[][] cases = {
            {"bytes=0-0", "0", "1"},
            {"bytes=1000-1999", "1000", "2000"},
            {"bytes=1048570-2097160", "1048570", "2097161"},
            {"bytes=-1000", String.valueOf(body.length - 1000), String.valueOf(body.length)},
            {"bytes=3000000-", "3000000", String.valueOf(body.length)},
        };
        for (String[] c : cases) {
            var got = client.getObjectAsBytes(r -> r.path("a/b.mp4").range(c[0]));
            int from = Integer.parseInt(c[1]);
            int to = Integer.parseInt(c[2]);
            assertEquals(206, got.response().statusCode(), c[0]);
            assertEquals(
                    "bytes " + from + "-" + (to - 1) + "/" + body.length,
                    got.response().contentRange(),
                    c[0]);
            assertArrayEquals(Arrays.copyOfRange(body, from, to), got.asByteArray(), c[0]);
        }
    }

    private static Response exchange(Socket socket, String method, String path, URI uri) throws IOException {
        request(socket, method, path, uri);
        InputStream in = socket.getInputStream();
        Map<String, String> headers = readHead(in);
        int length = "HEAD".equals(method) ? 0 : Integer.parseInt(headers.get("content-length"));
        byte[] body = new byte[length];
        readFully(in, body, 0, length);
        return new Response(Integer.parseInt(headers.get(":status")), headers, body);
    }

    private static void request(Socket socket, String method, String path, URI uri) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write((method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The status line and headers (names lower-cased; the status under ":status"). */
    private static Map<String, String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":status", lines[0].split(" ")[1]);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return headers;
    }

    private static int readFully(InputStream in, byte[] into, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(into, offset + done, length - done);
            if (n < 0) {
                throw new IOException("connection closed after " + (offset + done) + " body bytes");
            }
            done += n;
        }
        return done;
    }
}
