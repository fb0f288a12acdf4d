package io.mediaplane.support;

import io.mediaplane.http.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory exchange: a request as given, the response captured. */
public final class FakeExchange implements HttpExchange {
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final byte[] body;
    public final Map<String, String> responseHeaders = new LinkedHashMap<>();
    public final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
    private int status;

    public FakeExchange(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        headers.forEach((k, v) ->
                this.headers.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        this.body = body == null ? new byte[0] : body;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String rawPath() {
        return rawPath;
    }

    @Override
    public String rawQuery() {
        return rawQuery;
    }

    @Override
    public String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public List<String> headers(String name) {
        return headers.getOrDefault(name, List.of());
    }

    @Override
    public List<String> headerNames() {
        return new ArrayList<>(headers.keySet());
    }

    @Override
    public long contentLength() {
        return body.length;
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public String remoteAddress() {
        return "127.0.0.1";
    }

    @Override
    public boolean secure() {
        return false;
    }

    @Override
    public void setHeader(String name, String value) {
        responseHeaders.put(name, value);
    }

    @Override
    public int responseStatus() {
        return status;
    }

    @Override
    public void send(int status, byte[] body) {
        this.status = status;
        responseBody.writeBytes(body);
    }

    @Override
    public void sendFile(int status, ByteBuffer body, FileChannel file, long position) {
        this.status = status;
        ByteBuffer view = body.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        responseBody.writeBytes(bytes);
    }

    @Override
    public OutputStream stream(int status) {
        this.status = status;
        return responseBody;
    }

    private Throwable aborted;

    @Override
    public void abort(Throwable cause) {
        aborted = cause;
    }

    /** Why the streamed response was broken off, or null. */
    public Throwable aborted() {
        return aborted;
    }
}
