package io.mediaplane.mediastore.data.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.model.CorsRule;
import software.amazon.awssdk.services.mediastore.model.MethodName;

/** CORS on a container's data endpoint: preflights and response headers per the container's CORS policy. */
class CorsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static String endpoint;
    private static String name;

    @BeforeAll
    static void createContainer() throws Exception {
        endpoint = Containers.activeEndpoint(server, "cors");
        name = Containers.nameOf(server, endpoint);
        server.mediaStore()
                .putCorsPolicy(r -> r.containerName(name)
                        .corsPolicy(
                                CorsRule.builder()
                                        .allowedOrigins("http://*.example.com")
                                        .allowedMethods(MethodName.GET, MethodName.HEAD)
                                        .allowedHeaders("range", "x-amz-*")
                                        .maxAgeSeconds(3000)
                                        .exposeHeaders("ETag", "Content-Range")
                                        .build(),
                                CorsRule.builder()
                                        .allowedOrigins("https://upload.test")
                                        .allowedMethods(MethodName.PUT)
                                        .allowedHeaders("*")
                                        .build()));
        server.mediaStore().putContainerPolicy(r -> r.containerName(name).policy("""
                {"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",
                 "Action":["mediastore:GetObject","mediastore:DescribeObject"],
                 "Resource":"arn:aws:mediastore:us-east-1:000000000000:container/%s/*"},
                {"Sid":"PublicUpload","Effect":"Allow","Principal":"*","Action":"mediastore:PutObject",
                 "Resource":"arn:aws:mediastore:us-east-1:000000000000:container/%s/up/*"}]}""".formatted(name, name)));
        Clients.mediaStoreData(endpoint)
                .putObject(
                        r -> r.path("hls/index.m3u8").contentType("application/x-mpegURL"),
                        RequestBody.fromBytes("#EXTM3U\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(endpoint + path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> corsHeaders(java.net.http.HttpHeaders headers) {
        return headers.map().keySet().stream()
                .filter(h -> h.toLowerCase().startsWith("access-control-"))
                .toList();
    }

    @Test
    void preflightAllowedByTheFirstMatchingRule() throws Exception {
        HttpResponse<String> r = send(
                "OPTIONS",
                "/hls/index.m3u8",
                Map.of(
                        "Origin",
                        "http://player.example.com",
                        "Access-Control-Request-Method",
                        "GET",
                        "Access-Control-Request-Headers",
                        "range"));
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertEquals(Optional.of("http://player.example.com"), r.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.of("GET, HEAD"), r.headers().firstValue("Access-Control-Allow-Methods"));
        assertEquals(Optional.of("range"), r.headers().firstValue("Access-Control-Allow-Headers"));
        assertEquals(Optional.of("3000"), r.headers().firstValue("Access-Control-Max-Age"));
        assertEquals(Optional.of("ETag, Content-Range"), r.headers().firstValue("Access-Control-Expose-Headers"));
    }

    @Test
    void preflightDeniedWhenNoRuleMatches() throws Exception {
        for (Map<String, String> h : List.of(
                Map.of("Origin", "http://evil.test", "Access-Control-Request-Method", "GET"),
                Map.of("Origin", "http://player.example.com", "Access-Control-Request-Method", "PUT"),
                Map.of(
                        "Origin",
                        "http://player.example.com",
                        "Access-Control-Request-Method",
                        "GET",
                        "Access-Control-Request-Headers",
                        "authorization"))) {
            HttpResponse<String> r = send("OPTIONS", "/hls/index.m3u8", h);
            assertEquals(403, r.statusCode(), h.toString());
            assertEquals(Optional.of("AccessForbidden"), r.headers().firstValue("x-amzn-ErrorType"));
            assertTrue(r.body().contains("CORSResponse: This CORS request is not allowed."), r.body());
            assertEquals(List.of(), corsHeaders(r.headers()));
        }
    }

    @Test
    void preflightWithoutOriginIsABadRequest() throws Exception {
        HttpResponse<String> r = send("OPTIONS", "/hls/index.m3u8", Map.of("Access-Control-Request-Method", "GET"));
        assertEquals(400, r.statusCode());
        assertEquals(Optional.of("BadRequest"), r.headers().firstValue("x-amzn-ErrorType"));
    }

    @Test
    void getAndHeadCarryCorsHeadersForAnAllowedOrigin() throws Exception {
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<String> r = send(method, "/hls/index.m3u8", Map.of("Origin", "http://cdn.example.com"));
            assertEquals(200, r.statusCode());
            assertEquals(Optional.of("http://cdn.example.com"), r.headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(Optional.of("true"), r.headers().firstValue("Access-Control-Allow-Credentials"));
            assertEquals(Optional.of("ETag, Content-Range"), r.headers().firstValue("Access-Control-Expose-Headers"));
            assertEquals(Optional.of("Origin"), r.headers().firstValue("Vary"));
        }
    }

    /**
     * The SDK's URLConnection client cannot send Origin (a restricted header for HttpURLConnection), so the
     * cross-origin PUT is a raw anonymous request, which the container policy allows under up/.
     */
    @Test
    void putCarriesCorsHeadersOfThePutRule() throws Exception {
        HttpRequest put = HttpRequest.newBuilder(URI.create(endpoint + "/up/a.txt"))
                .header("Origin", "https://upload.test")
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("a"))
                .build();
        HttpResponse<String> r = HTTP.send(put, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Optional.of("https://upload.test"), r.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Expose-Headers"));
        assertEquals(
                "a",
                Clients.mediaStoreData(endpoint)
                        .getObjectAsBytes(g -> g.path("up/a.txt"))
                        .asUtf8String());
    }

    @Test
    void errorResponsesCarryCorsHeadersToo() throws Exception {
        HttpResponse<String> r = send("GET", "/hls/missing.m3u8", Map.of("Origin", "http://cdn.example.com"));
        assertEquals(404, r.statusCode());
        assertEquals(Optional.of("http://cdn.example.com"), r.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void aContainerWithoutCorsPolicyRejectsPreflights() throws Exception {
        String bare = Containers.activeEndpoint(server, "nocors");
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(bare + "/a.txt"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "http://a.example.com")
                        .header("Access-Control-Request-Method", "GET")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("CORSResponse: CORS is not enabled for this container."), r.body());
    }

    @Test
    void noCorsHeadersWhenNoRuleMatchesOrNoOrigin() throws Exception {
        HttpResponse<String> other = send("GET", "/hls/index.m3u8", Map.of("Origin", "http://evil.test"));
        assertEquals(200, other.statusCode());
        assertEquals(List.of(), corsHeaders(other.headers()));
        HttpResponse<String> none = send("GET", "/hls/index.m3u8", Map.of());
        assertEquals(200, none.statusCode());
        assertEquals(List.of(), corsHeaders(none.headers()));
    }
}
