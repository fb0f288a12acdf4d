package io.mediaplane.protocol;

import io.mediaplane.auth.SignedRequest;
import io.mediaplane.http.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;

/**
 * The exchange as the pipeline serves it: the bytes and times an access log needs are counted as
 * the body is read and the response written, the body may be replaced by one read ahead, and the
 * request is what SigV4 verifies.
 */
final class MeteredExchange implements HttpExchange, RequestHead, SignedRequest {
    private final HttpExchange exchange;
    private InputStream body;
    private long bytesReceived;
    private long bytesSent;
    private long lastByteReceivedNanos;
    private long firstByteSentNanos;

    MeteredExchange(HttpExchange exchange, long startNanos) {
        this.exchange = exchange;
        this.lastByteReceivedNanos = startNanos;
    }

    /** From now on the body is these bytes (a body read ahead, already counted). */
    void replaceBody(byte[] bytes) {
        body = new ByteArrayInputStream(bytes);
    }

    long bytesReceived() {
        return bytesReceived;
    }

    long bytesSent() {
        return bytesSent;
    }

    long lastByteReceivedNanos() {
        return lastByteReceivedNanos;
    }

    long firstByteSentNanos() {
        return firstByteSentNanos;
    }

    @Override
    public String method() {
        return exchange.method();
    }

    @Override
    public String rawPath() {
        return exchange.rawPath();
    }

    @Override
    public String rawQuery() {
        return exchange.rawQuery();
    }

    @Override
    public String header(String name) {
        return exchange.header(name);
    }

    @Override
    public List<String> headers(String name) {
        return exchange.headers(name);
    }

    @Override
    public List<String> headerValues(String name) {
        return exchange.headers(name);
    }

    @Override
    public List<String> headerNames() {
        return exchange.headerNames();
    }

    @Override
    public long contentLength() {
        return exchange.contentLength();
    }

    @Override
    public InputStream body() {
        if (body == null) {
            body = new FilterInputStream(exchange.body()) {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        bytesReceived += n;
                    }
                    lastByteReceivedNanos = System.nanoTime();
                    return n;
                }

                @Override
                public byte[] readNBytes(int len) throws IOException {
                    byte[] bytes = in.readNBytes(len); // the request stream sizes it from Content-Length
                    bytesReceived += bytes.length;
                    lastByteReceivedNanos = System.nanoTime();
                    return bytes;
                }
            };
        }
        return body;
    }

    @Override
    public String remoteAddress() {
        return exchange.remoteAddress();
    }

    @Override
    public String sourceIp() {
        return exchange.remoteAddress();
    }

    @Override
    public boolean secure() {
        return exchange.secure();
    }

    @Override
    public void setHeader(String name, String value) {
        exchange.setHeader(name, value);
    }

    @Override
    public int responseStatus() {
        return exchange.responseStatus();
    }

    @Override
    public void send(int status, byte[] bytes) throws IOException {
        firstByteSentNanos = System.nanoTime();
        bytesSent += "HEAD".equals(method()) ? 0 : bytes.length;
        exchange.send(status, bytes);
    }

    @Override
    public void sendFile(int status, ByteBuffer bytes, FileChannel file, long position) throws IOException {
        firstByteSentNanos = System.nanoTime();
        int length = "HEAD".equals(method()) ? 0 : bytes.remaining();
        exchange.sendFile(status, bytes, file, position);
        bytesSent += length;
    }

    @Override
    public OutputStream stream(int status) throws IOException {
        firstByteSentNanos = System.nanoTime();
        return new FilterOutputStream(exchange.stream(status)) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                bytesSent++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytesSent += len;
            }
        };
    }

    @Override
    public void abort(Throwable cause) {
        exchange.abort(cause);
    }
}
