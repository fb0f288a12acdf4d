package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.MediaStoreDataException;

/** The container policy on every data request: owner, explicit Deny, anonymous, other accounts, conditions. */
class ContainerPolicyIT {
    private static final String SECOND_KEY = "AKIDPOLICYSECOND0001";
    private static final String SECOND_SECRET = "policy-second-secret";
    private static final String SECOND_ACCOUNT = "111122223333";

    @RegisterExtension
    static final LiveServer server = LiveServer.create().withAccount(SECOND_KEY, SECOND_SECRET, SECOND_ACCOUNT);

    /** A container holding {@code movies/a.ts}, with this policy (null: none). */
    private static String container(String label, String policy) {
        String endpoint = Containers.activeEndpoint(server, label);
        Clients.mediaStoreData(endpoint).putObject(r -> r.path("movies/a.ts"), MediaStoreDataIT.text("A"));
        if (policy != null) {
            String name = Containers.nameOf(server, endpoint);
            server.mediaStore().putContainerPolicy(r -> r.containerName(name).policy(policy.replace("NAME", name)));
        }
        return endpoint;
    }

    private static String policy(String effect, String principal, String action, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Principal\":" + principal
                + ",\"Action\":\"" + action
                + "\",\"Resource\":\"arn:aws:mediastore:us-east-1:000000000000:container/NAME/*\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}]}";
    }

    private static void denied(Executable call) {
        MediaStoreDataException e = assertThrows(MediaStoreDataException.class, call);
        assertEquals(403, e.statusCode());
        assertEquals("AccessDeniedException", e.awsErrorDetails().errorCode());
        assertTrue(
                e.awsErrorDetails().errorMessage().contains("not authorized to perform mediastore:"), e.getMessage());
    }

    /** DescribeObject is HEAD: the error has a code and a status but no body to carry a message. */
    private static void deniedHead(Executable call) {
        MediaStoreDataException e = assertThrows(MediaStoreDataException.class, call);
        assertEquals(403, e.statusCode());
        assertEquals("AccessDeniedException", e.awsErrorDetails().errorCode());
    }

    private static MediaStoreDataClient second(String endpoint) {
        return Clients.mediaStoreData(endpoint, SECOND_KEY, SECOND_SECRET);
    }

    @Test
    void withoutAPolicyOnlyTheOwnerGetsIn() {
        String endpoint = container("nopolicy", null);
        assertEquals(
                "A",
                Clients.mediaStoreData(endpoint)
                        .getObjectAsBytes(r -> r.path("movies/a.ts"))
                        .asUtf8String());
        denied(() -> Clients.anonymousMediaStoreData(endpoint).getObjectAsBytes(r -> r.path("movies/a.ts")));
        denied(() -> Clients.anonymousMediaStoreData(endpoint).listItems(r -> {}));
        denied(() -> second(endpoint).getObjectAsBytes(r -> r.path("movies/a.ts")));
        denied(() -> second(endpoint).putObject(r -> r.path("x"), MediaStoreDataIT.text("x")));
    }

    @Test
    void aPublicReadPolicyLetsAnonymousReadersGetObjectsAndNothingElse() {
        String endpoint = container("public", policy("Allow", "\"*\"", "mediastore:GetObject", null));
        MediaStoreDataClient anonymous = Clients.anonymousMediaStoreData(endpoint);
        assertEquals("A", anonymous.getObjectAsBytes(r -> r.path("movies/a.ts")).asUtf8String());
        assertEquals(
                "A",
                second(endpoint).getObjectAsBytes(r -> r.path("movies/a.ts")).asUtf8String());
        deniedHead(() -> anonymous.describeObject(r -> r.path("movies/a.ts")));
        denied(() -> anonymous.putObject(r -> r.path("movies/b.ts"), MediaStoreDataIT.text("B")));
        denied(() -> anonymous.deleteObject(r -> r.path("movies/a.ts")));
        Clients.mediaStoreData(endpoint).putObject(r -> r.path("movies/b.ts"), MediaStoreDataIT.text("B"));
    }

    @Test
    void anExplicitDenyBindsTheOwnerToo() {
        String endpoint = container(
                "deny",
                policy("Deny", "{\"AWS\":\"arn:aws:iam::000000000000:root\"}", "mediastore:DeleteObject", null));
        MediaStoreDataClient owner = Clients.mediaStoreData(endpoint);
        denied(() -> owner.deleteObject(r -> r.path("movies/a.ts")));
        assertEquals("A", owner.getObjectAsBytes(r -> r.path("movies/a.ts")).asUtf8String());
    }

    @Test
    void anotherAccountOnlyWhereThePolicyNamesIt() {
        String endpoint = container(
                "cross",
                policy(
                        "Allow",
                        "{\"AWS\":\"arn:aws:iam::" + SECOND_ACCOUNT + ":root\"}",
                        "mediastore:GetObject",
                        null));
        assertEquals(
                "A",
                second(endpoint).getObjectAsBytes(r -> r.path("movies/a.ts")).asUtf8String());
        denied(() -> second(endpoint).putObject(r -> r.path("movies/b.ts"), MediaStoreDataIT.text("B")));
        denied(() -> Clients.anonymousMediaStoreData(endpoint).getObjectAsBytes(r -> r.path("movies/a.ts")));
    }

    @Test
    void conditionsOnSourceIpAndSecureTransport() {
        String local = container(
                "ip",
                policy("Allow", "\"*\"", "mediastore:GetObject", "{\"IpAddress\":{\"aws:SourceIp\":\"127.0.0.0/8\"}}"));
        assertEquals(
                "A",
                Clients.anonymousMediaStoreData(local)
                        .getObjectAsBytes(r -> r.path("movies/a.ts"))
                        .asUtf8String());
        String elsewhere = container(
                "ipfar",
                policy(
                        "Allow",
                        "\"*\"",
                        "mediastore:GetObject",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}"));
        denied(() -> Clients.anonymousMediaStoreData(elsewhere).getObjectAsBytes(r -> r.path("movies/a.ts")));
        String notFrom = container(
                "notip",
                policy(
                        "Allow",
                        "\"*\"",
                        "mediastore:GetObject",
                        "{\"NotIpAddress\":{\"aws:SourceIp\":\"127.0.0.0/8\"}}"));
        denied(() -> Clients.anonymousMediaStoreData(notFrom).getObjectAsBytes(r -> r.path("movies/a.ts")));
        String https = container(
                "tls",
                policy("Allow", "\"*\"", "mediastore:GetObject", "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}"));
        denied(() -> Clients.anonymousMediaStoreData(https).getObjectAsBytes(r -> r.path("movies/a.ts")));
        String http = container(
                "plain",
                policy("Allow", "\"*\"", "mediastore:GetObject", "{\"Bool\":{\"aws:SecureTransport\":\"false\"}}"));
        assertEquals(
                "A",
                Clients.anonymousMediaStoreData(http)
                        .getObjectAsBytes(r -> r.path("movies/a.ts"))
                        .asUtf8String());
    }

    @Test
    void theResourceIsTheObjectPath() {
        String endpoint = container(
                "resource",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":\"*\",\"Action\":\"mediastore:GetObject\","
                        + "\"Resource\":\"arn:aws:mediastore:us-east-1:000000000000:container/NAME/public/*\"}]}");
        Clients.mediaStoreData(endpoint).putObject(r -> r.path("public/p.ts"), MediaStoreDataIT.text("P"));
        MediaStoreDataClient anonymous = Clients.anonymousMediaStoreData(endpoint);
        assertEquals("P", anonymous.getObjectAsBytes(r -> r.path("public/p.ts")).asUtf8String());
        denied(() -> anonymous.getObjectAsBytes(r -> r.path("movies/a.ts")));
    }
}
