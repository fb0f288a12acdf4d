package io.mediaplane.mediastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastore.model.ContainerInUseException;
import software.amazon.awssdk.services.mediastore.model.CorsPolicyNotFoundException;
import software.amazon.awssdk.services.mediastore.model.PolicyNotFoundException;
import software.amazon.awssdk.services.mediastoredata.model.MediaStoreDataException;

/**
 * Where MediaStore's documentation says more than "no policy": a new container carries the default
 * MediaStoreFullAccess policy, and read-only calls on a container still CREATING answer with what is
 * stored.
 */
class ContainerDefaultsIT {
    private static final String SECOND_KEY = "AKIDDEFAULTSECOND001";

    @RegisterExtension
    static final LiveServer server = LiveServer.create().withAccount(SECOND_KEY, "defaults-secret", "111122223333");

    static String defaultPolicy(String name) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"MediaStoreFullAccess\","
                + "\"Action\":[\"mediastore:*\"],\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},"
                + "\"Effect\":\"Allow\",\"Resource\":\"arn:aws:mediastore:us-east-1:000000000000:container/" + name
                + "/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}]}";
    }

    @Test
    void aNewContainerHasTheDocumentedDefaultPolicyAndItsOwnerStillUsesPlainHttp() {
        MediaStoreClient ms = server.mediaStore();
        ms.createContainer(
                r -> r.containerName("defaulted").tags(t -> t.key("team").value("video")));
        assertEquals(
                defaultPolicy("defaulted"),
                ms.getContainerPolicy(r -> r.containerName("defaulted")).policy(),
                "while CREATING already");
        assertEquals(
                "video",
                ms.listTagsForResource(r -> r.resource("arn:aws:mediastore:us-east-1:000000000000:container/defaulted"))
                        .tags()
                        .get(0)
                        .value(),
                "tags of a CREATING container");
        assertThrows(CorsPolicyNotFoundException.class, () -> ms.getCorsPolicy(r -> r.containerName("defaulted")));
        assertThrows(PolicyNotFoundException.class, () -> ms.getLifecyclePolicy(r -> r.containerName("defaulted")));
        assertThrows(PolicyNotFoundException.class, () -> ms.getMetricPolicy(r -> r.containerName("defaulted")));
        assertThrows(
                ContainerInUseException.class,
                () -> ms.putCorsPolicy(r -> r.containerName("defaulted")
                        .corsPolicy(c -> c.allowedOrigins("*")
                                .allowedMethodsWithStrings("GET")
                                .allowedHeaders("*"))),
                "changes still wait for ACTIVE");

        server.settle();
        String endpoint = ms.describeContainer(r -> r.containerName("defaulted"))
                .container()
                .endpoint();
        var owner =
                Clients.mediaStoreData(endpoint); // plain HTTP: the default policy's condition fails, the owner passes
        owner.putObject(r -> r.path("a.txt"), RequestBody.fromBytes("A".getBytes(StandardCharsets.UTF_8)));
        assertEquals("A", owner.getObjectAsBytes(r -> r.path("a.txt")).asUtf8String());
        var other = Clients.mediaStoreData(endpoint, SECOND_KEY, "defaults-secret");
        assertEquals(
                403,
                assertThrows(MediaStoreDataException.class, () -> other.getObjectAsBytes(r -> r.path("a.txt")))
                        .statusCode());

        ms.deleteContainerPolicy(r -> r.containerName("defaulted"));
        assertThrows(PolicyNotFoundException.class, () -> ms.getContainerPolicy(r -> r.containerName("defaulted")));
        assertEquals("A", owner.getObjectAsBytes(r -> r.path("a.txt")).asUtf8String());
    }
}
