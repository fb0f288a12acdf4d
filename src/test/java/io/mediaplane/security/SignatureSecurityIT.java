package io.mediaplane.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.RawSigV4;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Signed requests bent the ways an attacker who captured one would bend them: another operation
 * under an unsigned X-Amz-Target, another body under UNSIGNED-PAYLOAD, a signature scoped to another
 * service or region. Each must be refused (403, as AWS words it) and leave nothing changed.
 */
class SignatureSecurityIT {
    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static void refused(HttpResponse<String> r, String why) {
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(
                "InvalidSignatureException",
                r.headers().firstValue("x-amzn-ErrorType").orElse(null),
                r.body());
        assertTrue(r.body().contains(why), r.body());
    }

    /** The data-plane path of a new object holding {@code text}, in a new ACTIVE container. */
    private static String objectHolding(String label, String text) {
        String endpoint = Containers.activeEndpoint(server, label);
        Clients.mediaStoreData(endpoint)
                .putObject(r -> r.path("a.txt"), RequestBody.fromBytes(text.getBytes(StandardCharsets.UTF_8)));
        return URI.create(endpoint).getPath() + "/a.txt";
    }

    private static boolean exists(String container) throws Exception {
        return RawSigV4.mediaStore(server.endpoint(), "DescribeContainer", "{\"ContainerName\":\"" + container + "\"}")
                        .send()
                        .statusCode()
                == 200;
    }

    @Test
    void anUnsignedTargetCannotTurnADescribeIntoADelete() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "target-swap");
        String name = Containers.nameOf(server, endpoint);
        // signed as DescribeContainer with SignedHeaders=host;x-amz-date, the target added afterwards
        var swapped = RawSigV4.request(server.endpoint(), "POST", "/")
                .body("{\"ContainerName\":\"" + name + "\"}")
                .unsignedHeader("X-Amz-Target", "MediaStore_20170901.DeleteContainer")
                .unsignedHeader("Content-Type", "application/x-amz-json-1.1")
                .send();
        refused(swapped, "'X-Amz-Target' must be a 'SignedHeader'");
        assertTrue(exists(name), "the container survives");
    }

    @Test
    void theContentTypeMustBeSignedToo() throws Exception {
        var r = RawSigV4.request(server.endpoint(), "POST", "/")
                .header("X-Amz-Target", "MediaStore_20170901.ListContainers")
                .unsignedHeader("Content-Type", "application/x-amz-json-1.1")
                .body("{}")
                .send();
        refused(r, "'Content-Type' must be a 'SignedHeader'");
    }

    @Test
    void aSignedTargetCannotBeChangedEither() throws Exception {
        var r = RawSigV4.mediaStore(server.endpoint(), "DescribeContainer", "{\"ContainerName\":\"x\"}")
                .unsignedHeader("X-Amz-Target", "MediaStore_20170901.DeleteContainer")
                .send();
        refused(r, "does not match");
    }

    @Test
    void unsignedPayloadCannotSwapAControlPlaneBody() throws Exception {
        String legit = "legit-" + System.nanoTime();
        String evil = "evil-" + System.nanoTime();
        var r = RawSigV4.mediaStore(server.endpoint(), "CreateContainer", "{\"ContainerName\":\"" + legit + "\"}")
                .payloadHash("UNSIGNED-PAYLOAD")
                .sendBody("{\"ContainerName\":\"" + evil + "\"}")
                .send();
        refused(r, "must be the hex SHA-256 of the body");
        assertTrue(!exists(evil) && !exists(legit), "nothing was created");
        var flows = RawSigV4.request(server.endpoint(), "POST", "/v1/flows")
                .scope("us-east-1", "mediaconnect")
                .header("Content-Type", "application/json")
                .payloadHash("UNSIGNED-PAYLOAD")
                .body("{\"name\":\"x\"}")
                .send();
        refused(flows, "must be the hex SHA-256 of the body");
    }

    @Test
    void aSignatureScopedToAnotherServiceIsRefused() throws Exception {
        for (String service : new String[] {"s3", "mediaconnect"}) {
            var r = RawSigV4.mediaStore(server.endpoint(), "ListContainers", "{}")
                    .scope("us-east-1", service)
                    .send();
            refused(r, "Credential should be scoped to correct service: 'mediastore'");
        }
        String path = objectHolding("scope-service", "A");
        refused(
                RawSigV4.request(server.endpoint(), "GET", path)
                        .scope("us-east-1", "s3")
                        .send(),
                "Credential should be scoped to correct service: 'mediastore'");
        assertEquals(
                200,
                RawSigV4.request(server.endpoint(), "GET", path).send().statusCode(),
                "the same request scoped to mediastore reads the object");
    }

    @Test
    void theDataPlaneTakesOnlySignaturesScopedToTheContainersRegion() throws Exception {
        String path = objectHolding("scope-region", "secret");
        var r = RawSigV4.request(server.endpoint(), "GET", path)
                .scope("eu-west-1", "mediastore")
                .send();
        refused(r, "Credential should be scoped to a valid region, not 'eu-west-1'");
        assertTrue(!r.body().contains("secret"), r.body());
    }
}
