package io.mediaplane.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/** Adapts one Jetty core request/response pair to {@link HttpExchange}. */
final class JettyExchange implements HttpExchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long bodyIdleTimeoutMillis;
    private boolean responded;
    /** Whether a streamed response was completed or aborted (either happens once). */
    private volatile boolean finished;

    JettyExchange(Request request, Response response, Callback callback, long bodyIdleTimeoutMillis) {
        this.request = request;
        this.bodyIdleTimeoutMillis = bodyIdleTimeoutMillis;
        this.response = response;
        this.callback = callback;
        response.getHeaders().put(HttpDates.DATE, HttpDates.now());
    }

    boolean responded() {
        return responded;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String rawPath() {
        String path = request.getHttpURI().getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    public String rawQuery() {
        String query = request.getHttpURI().getQuery();
        return query == null ? "" : query;
    }

    @Override
    public String header(String name) {
        return request.getHeaders().get(name);
    }

    @Override
    public List<String> headers(String name) {
        return request.getHeaders().getValuesList(name);
    }

    @Override
    public List<String> headerNames() {
        List<String> names = new ArrayList<>();
        for (HttpField field : request.getHeaders()) {
            names.add(field.getName());
        }
        return names;
    }

    @Override
    public long contentLength() {
        long length = request.getLength();
        if (length < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return 0; // HTTP/1.1: a request with neither header has no body
        }
        return length;
    }

    @Override
    public InputStream body() {
        return new RequestBodyStream(request, contentLength(), bodyIdleTimeoutMillis);
    }

    @Override
    public String remoteAddress() {
        return Request.getRemoteAddr(request);
    }

    @Override
    public boolean secure() {
        return request.isSecure();
    }

    @Override
    public void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    @Override
    public int responseStatus() {
        return responded ? response.getStatus() : 0;
    }

    @Override
    public void send(int status, byte[] body) {
        responded = true;
        response.setStatus(status);
        response.write(true, body.length == 0 ? null : ByteBuffer.wrap(body), callback);
    }

    @Override
    public void sendFile(int status, ByteBuffer bytes, FileChannel file, long position) throws IOException {
        responded = true;
        response.setStatus(status);
        FileSendingEndPoint endpoint =
                request.getConnectionMetaData().getConnection().getEndPoint() instanceof FileSendingEndPoint fs
                        ? fs
                        : null;
        try (Blocker.Callback written = Blocker.callback()) {
            if (endpoint != null && bytes.hasRemaining()) {
                endpoint.offer(bytes, file, position - bytes.position());
            }
            response.write(true, bytes.hasRemaining() ? bytes : null, written);
            written.block();
        } catch (IOException | RuntimeException e) {
            abort(e);
            throw e;
        } finally {
            if (endpoint != null) {
                endpoint.withdraw();
            }
        }
        finished = true;
        callback.succeeded();
    }

    @Override
    public void abort(Throwable cause) {
        if (!finished) {
            finished = true;
            callback.failed(cause);
        }
    }

    @Override
    public OutputStream stream(int status) {
        responded = true;
        response.setStatus(status);
        OutputStream out = Content.Sink.asOutputStream(response);
        return new OutputStream() {

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                if (finished) {
                    return;
                }
                finished = true;
                try {
                    out.close();
                    callback.succeeded();
                } catch (IOException | RuntimeException e) {
                    callback.failed(e);
                    throw e;
                }
            }
        };
    }
}
