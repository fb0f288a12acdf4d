package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/**
 * Uploads whose signature covers the body (the Java SDK over plain HTTP): the streamed body is
 * checked against the signed hash, and a body that does not match is refused with nothing stored.
 */
class SignedPayloadIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Set<String> RESTRICTED = Set.of("host", "content-length");

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    /** PUT {@code sent} signed as if the body were {@code signedBody}; optionally declaring its hash in a header. */
    private static HttpResponse<String> put(String url, String signedBody, String sent, boolean declareHash)
            throws Exception {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.PUT)
                .uri(URI.create(url))
                .putHeader("Content-Type", "video/MP2T");
        if (declareHash) {
            request.putHeader(
                    "x-amz-content-sha256", MediaStoreDataIT.sha256(signedBody.getBytes(StandardCharsets.UTF_8)));
        }
        var signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(AwsCredentialsIdentity.create("test", "test"))
                        .request(request.build())
                        .payload(ContentStreamProvider.fromUtf8String(signedBody))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "mediastore")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder http =
                HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(sent));
        signed.request().headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                values.forEach(v -> http.header(name, v));
            }
        });
        return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyThatIsNotTheSignedOneIsRefusedAndNothingIsStored() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "signed");
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        long blobsBefore =
                ObjectConcurrencyIT.blobFiles(server.testServer().config().dataDir());

        HttpResponse<String> declared = put(endpoint + "/a.ts", "the signed body", "another body!!", true);
        assertEquals(403, declared.statusCode(), declared.body());
        assertEquals(
                "InvalidSignatureException",
                declared.headers().firstValue("x-amzn-ErrorType").orElseThrow());
        assertThrows(ObjectNotFoundException.class, () -> client.describeObject(r -> r.path("a.ts")));

        HttpResponse<String> undeclared = put(endpoint + "/b.ts", "the signed body", "another body!!", false);
        assertEquals(403, undeclared.statusCode(), undeclared.body());
        assertEquals(
                "InvalidSignatureException",
                undeclared.headers().firstValue("x-amzn-ErrorType").orElseThrow());
        assertThrows(ObjectNotFoundException.class, () -> client.describeObject(r -> r.path("b.ts")));
        assertTrue(client.listItems(r -> {}).items().isEmpty());
        assertEquals(
                blobsBefore,
                ObjectConcurrencyIT.blobFiles(server.testServer().config().dataDir()));
        try (var temp =
                java.nio.file.Files.list(server.testServer().config().dataDir().resolve("objects/tmp"))) {
            assertEquals(0, temp.count(), "refused uploads leave no temp file");
        }
    }

    @Test
    void theSignedBodyIsStoredWhetherOrNotItsHashIsDeclared() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "signedok");
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        assertEquals(200, put(endpoint + "/a.ts", "body one", "body one", true).statusCode());
        assertEquals(200, put(endpoint + "/b.ts", "body two", "body two", false).statusCode());
        assertEquals("body one", client.getObjectAsBytes(r -> r.path("a.ts")).asUtf8String());
        assertEquals("body two", client.getObjectAsBytes(r -> r.path("b.ts")).asUtf8String());
    }
}
