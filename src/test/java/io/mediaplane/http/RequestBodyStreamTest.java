package io.mediaplane.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.content.AsyncContent;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

class RequestBodyStreamTest {
    private static AsyncContent body(String... chunks) {
        AsyncContent content = new AsyncContent();
        for (String chunk : chunks) {
            content.write(false, ByteBuffer.wrap(chunk.getBytes(StandardCharsets.US_ASCII)), Callback.NOOP);
        }
        content.close();
        return content;
    }

    @Test
    void readsABodyOfTheDeclaredLengthAcrossChunks() throws IOException {
        RequestBodyStream in = new RequestBodyStream(body("hello ", "wor", "ld"), 11, 5_000);
        assertArrayEquals("hello world".getBytes(StandardCharsets.US_ASCII), in.readNBytes(100));
        assertEquals(-1, in.read());
    }

    @Test
    void readsChunkedBodiesAndCapsWhatItReturns() throws IOException {
        assertArrayEquals(
                "hello world".getBytes(StandardCharsets.US_ASCII),
                new RequestBodyStream(body("hello ", "world"), -1, 5_000).readNBytes(100));
        assertArrayEquals(
                "hello".getBytes(StandardCharsets.US_ASCII),
                new RequestBodyStream(body("hello ", "world"), 11, 5_000).readNBytes(5),
                "declared more than asked");
    }

    @Test
    void aBodyShorterThanDeclaredComesBackAsItIs() throws IOException {
        assertArrayEquals(
                "short".getBytes(StandardCharsets.US_ASCII),
                new RequestBodyStream(body("short"), 100, 5_000).readNBytes(1_000));
    }

    @Test
    void noBodyCostsNothing() throws IOException {
        AsyncContent neverRead = new AsyncContent(); // not even closed: reading it would wait
        assertEquals(0, new RequestBodyStream(neverRead, 0, 5_000).readNBytes(1 << 20).length);
    }

    @Test
    void aClientThatStopsSendingIsGivenUpOn() throws IOException {
        AsyncContent stalled = new AsyncContent();
        stalled.write(false, ByteBuffer.wrap(new byte[] {1, 2, 3}), Callback.NOOP);
        RequestBodyStream in = new RequestBodyStream(stalled, -1, 100);
        byte[] first = new byte[10];
        assertEquals(3, in.read(first, 0, 10));
        BodyTimeoutException e = assertThrows(BodyTimeoutException.class, () -> in.read(first, 0, 10));
        assertTrue(e.getMessage().contains("100 ms"), e.getMessage());
        assertThrows(IOException.class, () -> in.read(first, 0, 10), "the content stays failed");
    }
}
