package io.mediaplane.support;

import io.mediaplane.http.HttpHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An SDK HTTP client that hands the exact bytes the AWS SDK marshalled to our protocol layer in
 * memory and the exact bytes we answer back to the SDK's unmarshallers: wire tests without sockets.
 */
public final class WireHarness implements SdkHttpClient {
    private final HttpHandler handler;
    public volatile FakeExchange last;

    public WireHarness(HttpHandler handler) {
        this.handler = handler;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                SdkHttpRequest http = request.httpRequest();
                byte[] body = new byte[0];
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream in = request.contentStreamProvider().get().newStream()) {
                        body = in.readAllBytes();
                    }
                }
                Map<String, List<String>> headers = http.headers();
                FakeExchange exchange = new FakeExchange(
                        http.method().name(),
                        http.encodedPath().isEmpty() ? "/" : http.encodedPath(),
                        http.encodedQueryParameters().orElse(""),
                        headers,
                        body);
                try {
                    handler.handle(exchange);
                } catch (Exception e) {
                    throw new IOException(e);
                }
                last = exchange;
                SdkHttpFullResponse.Builder response =
                        SdkHttpFullResponse.builder().statusCode(exchange.responseStatus());
                exchange.responseHeaders.forEach(response::putHeader);
                byte[] out = exchange.responseBody.toByteArray();
                return HttpExecuteResponse.builder()
                        .response(response.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(out)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    @Override
    public void close() {}
}
