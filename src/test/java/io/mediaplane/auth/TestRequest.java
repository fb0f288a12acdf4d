package io.mediaplane.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpRequest;

/** A request as the HTTP layer would hand it to the verifier: raw path, raw query, headers in order. */
record TestRequest(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers)
        implements SignedRequest {

    /** The request exactly as the SDK's HTTP client would put it on the wire. */
    static TestRequest of(SdkHttpRequest signed) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        signed.forEachHeader((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        return new TestRequest(
                signed.method().name(),
                signed.encodedPath(),
                signed.encodedQueryParameters().orElse(null),
                List.copyOf(headers));
    }

    static TestRequest of(String method, String rawPath, String rawQuery, String... nameValues) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.add(Map.entry(nameValues[i], nameValues[i + 1]));
        }
        return new TestRequest(method, rawPath, rawQuery, List.copyOf(headers));
    }

    @Override
    public List<String> headerValues(String name) {
        return headers.stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public List<String> headerNames() {
        return headers.stream().map(Map.Entry::getKey).distinct().toList();
    }

    /** This request with every value of {@code name} replaced by {@code value} (appended when absent). */
    TestRequest withHeader(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(without(name).headers);
        copy.add(Map.entry(name, value));
        return new TestRequest(method, rawPath, rawQuery, List.copyOf(copy));
    }

    TestRequest without(String name) {
        return new TestRequest(
                method,
                rawPath,
                rawQuery,
                headers.stream().filter(e -> !e.getKey().equalsIgnoreCase(name)).toList());
    }

    TestRequest withPath(String path) {
        return new TestRequest(method, path, rawQuery, headers);
    }

    TestRequest withQuery(String query) {
        return new TestRequest(method, rawPath, query, headers);
    }

    TestRequest withMethod(String m) {
        return new TestRequest(m, rawPath, rawQuery, headers);
    }
}
