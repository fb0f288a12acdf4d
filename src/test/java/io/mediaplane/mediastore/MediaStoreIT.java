package io.mediaplane.mediastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastore.model.Container;
import software.amazon.awssdk.services.mediastore.model.ContainerInUseException;
import software.amazon.awssdk.services.mediastore.model.ContainerLevelMetrics;
import software.amazon.awssdk.services.mediastore.model.ContainerNotFoundException;
import software.amazon.awssdk.services.mediastore.model.ContainerStatus;
import software.amazon.awssdk.services.mediastore.model.CorsPolicyNotFoundException;
import software.amazon.awssdk.services.mediastore.model.CorsRule;
import software.amazon.awssdk.services.mediastore.model.MediaStoreException;
import software.amazon.awssdk.services.mediastore.model.MethodName;
import software.amazon.awssdk.services.mediastore.model.MetricPolicy;
import software.amazon.awssdk.services.mediastore.model.MetricPolicyRule;
import software.amazon.awssdk.services.mediastore.model.PolicyNotFoundException;
import software.amazon.awssdk.services.mediastore.model.Tag;

/** Every MediaStore operation through the AWS SDK for Java v2 against the real server: success and errors. */
class MediaStoreIT {
    static final String POLICY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",\
            "Action":["mediastore:GetObject","mediastore:DescribeObject"],\
            "Resource":"arn:aws:mediastore:us-east-1:000000000000:container/%s/*",\
            "Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}""";
    static final String LIFECYCLE = """
            {"rules":[{"definition":{"path":[{"prefix":"Football/"}],"days_since_create":[{"numeric":[">",28]}]},\
            "action":"EXPIRE"}]}""";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    static MediaStoreClient client() {
        return server.mediaStore();
    }

    static String newName() {
        return "c" + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** Waits out CREATING by moving the server's clock, then returns the ACTIVE container. */
    static Container active(TestServer server, MediaStoreClient client, String name) {
        Container c = client.describeContainer(r -> r.containerName(name)).container();
        if (c.status() == ContainerStatus.CREATING) {
            server.settle();
            c = client.describeContainer(r -> r.containerName(name)).container();
        }
        assertEquals(ContainerStatus.ACTIVE, c.status(), name);
        return c;
    }

    static String activeContainer() {
        String name = newName();
        client().createContainer(r -> r.containerName(name));
        active(server.testServer(), client(), name);
        return name;
    }

    static void assertError(Class<? extends MediaStoreException> type, String code, Executable call) {
        MediaStoreException e = (MediaStoreException) assertThrows(type, call);
        assertEquals(code, e.awsErrorDetails().errorCode());
        assertEquals(code.equals("InternalServerError") ? 500 : 400, e.statusCode());
        assertNotNull(e.requestId());
        assertFalse(e.awsErrorDetails().errorMessage().isBlank());
    }

    @Test
    void createContainerStartsCreatingThenTurnsActiveWithAnEndpoint() throws Exception {
        String name = newName();
        Instant before = Instant.now().minusSeconds(1);
        Container created = client().createContainer(r -> r.containerName(name)
                        .tags(Tag.builder().key("env").value("test").build()))
                .container();
        assertEquals(ContainerStatus.CREATING, created.status());
        assertNull(created.endpoint());
        assertEquals(name, created.name());
        assertEquals("arn:aws:mediastore:us-east-1:000000000000:container/" + name, created.arn());
        assertTrue(created.creationTime().isAfter(before));
        assertFalse(created.accessLoggingEnabled());

        Container ready = active(server.testServer(), client(), name);
        assertTrue(ready.endpoint().startsWith(server.endpoint() + "/mediastore-data/"), ready.endpoint());
        assertEquals(created.creationTime(), ready.creationTime());
        assertEquals(
                List.of(Tag.builder().key("env").value("test").build()),
                client().listTagsForResource(r -> r.resource(created.arn())).tags());
    }

    @Test
    void createContainerErrors() throws Exception {
        String name = activeContainer();
        assertError(
                ContainerInUseException.class,
                "ContainerInUseException",
                () -> client().createContainer(r -> r.containerName(name)));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().createContainer(r -> r.containerName("has space")));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().createContainer(r -> r.containerName("x".repeat(256))));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().createContainer(r -> r.containerName(newName())
                        .tags(Tag.builder().key("aws:reserved").value("v").build())));
    }

    @Test
    void describeContainerErrors() {
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().describeContainer(r -> r.containerName("no-such-container")));
        assertError(MediaStoreException.class, "ValidationException", () -> client().describeContainer(r -> {}));
    }

    @Test
    void deleteContainerGoesThroughDeletingAndDisappears() throws Exception {
        String name = activeContainer();
        client().deleteContainer(r -> r.containerName(name));
        assertEquals(
                ContainerStatus.DELETING,
                client().describeContainer(r -> r.containerName(name))
                        .container()
                        .status());
        assertError(
                ContainerInUseException.class,
                "ContainerInUseException",
                () -> client().deleteContainer(r -> r.containerName(name)));
        assertError(
                ContainerInUseException.class,
                "ContainerInUseException",
                () -> client().putCorsPolicy(r -> r.containerName(name).corsPolicy(corsRule())));
        server.settle();
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().describeContainer(r -> r.containerName(name)));
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().deleteContainer(r -> r.containerName(name)));
        client().createContainer(r -> r.containerName(name));
        active(server.testServer(), client(), name);
    }

    @Test
    void operationsOnACreatingContainerAreInUse() {
        String name = newName();
        client().createContainer(r -> r.containerName(name));
        assertError(
                ContainerInUseException.class,
                "ContainerInUseException",
                () -> client().putContainerPolicy(r -> r.containerName(name).policy(POLICY.formatted(name))));
        assertError(
                ContainerInUseException.class,
                "ContainerInUseException",
                () -> client().deleteContainer(r -> r.containerName(name)));
    }

    @Test
    void listContainersPaginatesWithoutGapsOrDuplicates() throws Exception {
        for (int i = 0; i < 7; i++) {
            client().createContainer(r -> r.containerName(newName()));
        }
        Set<String> all = new HashSet<>();
        client().listContainersPaginator(r -> r.maxResults(2)).stream()
                .flatMap(p -> p.containers().stream())
                .forEach(c -> assertTrue(all.add(c.name()), c.name()));
        Set<String> unpaged = new HashSet<>();
        client().listContainers(r -> r.maxResults(100)).containers().forEach(c -> unpaged.add(c.name()));
        assertEquals(unpaged, all);
        assertTrue(all.size() >= 7);
        var first = client().listContainers(r -> r.maxResults(2));
        assertEquals(2, first.containers().size());
        assertNotNull(first.nextToken());
        assertEquals(
                first.nextToken(), client().listContainers(r -> r.maxResults(2)).nextToken(), "tokens are stable");
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().listContainers(r -> r.nextToken("bm90LWEtdG9rZW4=")));
        String tampered = first.nextToken().substring(0, first.nextToken().length() - 4) + "AAA=";
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().listContainers(r -> r.nextToken(tampered)));
        assertError(
                MediaStoreException.class, "ValidationException", () -> client().listContainers(r -> r.maxResults(0)));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().listContainers(r -> r.maxResults(101)));
    }

    @Test
    void containerPolicyRoundTripsAndIsValidated() throws Exception {
        String name = activeContainer();
        assertTrue(client().getContainerPolicy(r -> r.containerName(name))
                .policy()
                .contains("\"Sid\":\"MediaStoreFullAccess\""));
        client().deleteContainerPolicy(r -> r.containerName(name)); // the default one
        assertError(
                PolicyNotFoundException.class,
                "PolicyNotFoundException",
                () -> client().getContainerPolicy(r -> r.containerName(name)));
        assertError(
                PolicyNotFoundException.class,
                "PolicyNotFoundException",
                () -> client().deleteContainerPolicy(r -> r.containerName(name)));
        client().putContainerPolicy(r -> r.containerName(name).policy(POLICY.formatted(name)));
        assertEquals(
                POLICY.formatted(name),
                client().getContainerPolicy(r -> r.containerName(name)).policy());
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putContainerPolicy(r -> r.containerName(name).policy("{not json")));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putContainerPolicy(
                                r -> r.containerName(name).policy("{\"Statement\":[{\"Effect\":\"Maybe\"}]}")));
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().putContainerPolicy(
                                r -> r.containerName("missing-container").policy(POLICY.formatted(name))));
        client().deleteContainerPolicy(r -> r.containerName(name));
        assertError(
                PolicyNotFoundException.class,
                "PolicyNotFoundException",
                () -> client().getContainerPolicy(r -> r.containerName(name)));
    }

    static CorsRule corsRule() {
        return CorsRule.builder()
                .allowedOrigins("https://*.example.com")
                .allowedMethods(MethodName.GET, MethodName.HEAD)
                .allowedHeaders("*")
                .maxAgeSeconds(3000)
                .exposeHeaders("ETag")
                .build();
    }

    @Test
    void corsPolicyRoundTripsAndIsValidated() throws Exception {
        String name = activeContainer();
        assertError(
                CorsPolicyNotFoundException.class,
                "CorsPolicyNotFoundException",
                () -> client().getCorsPolicy(r -> r.containerName(name)));
        assertError(
                CorsPolicyNotFoundException.class,
                "CorsPolicyNotFoundException",
                () -> client().deleteCorsPolicy(r -> r.containerName(name)));
        client().putCorsPolicy(r -> r.containerName(name).corsPolicy(corsRule()));
        assertEquals(
                List.of(corsRule()),
                client().getCorsPolicy(r -> r.containerName(name)).corsPolicy());
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putCorsPolicy(r -> r.containerName(name)
                        .corsPolicy(corsRule().toBuilder()
                                .allowedOrigins("https://*.*.example")
                                .build())));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putCorsPolicy(r -> r.containerName(name)
                        .corsPolicy(
                                corsRule().toBuilder().allowedOrigins(List.of()).build())));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putCorsPolicy(r -> r.containerName(name).corsPolicy(List.of())));
        client().deleteCorsPolicy(r -> r.containerName(name));
        assertError(
                CorsPolicyNotFoundException.class,
                "CorsPolicyNotFoundException",
                () -> client().getCorsPolicy(r -> r.containerName(name)));
    }

    @Test
    void lifecyclePolicyRoundTripsAndIsValidated() throws Exception {
        String name = activeContainer();
        assertError(
                PolicyNotFoundException.class,
                "PolicyNotFoundException",
                () -> client().getLifecyclePolicy(r -> r.containerName(name)));
        client().putLifecyclePolicy(r -> r.containerName(name).lifecyclePolicy(LIFECYCLE));
        assertEquals(
                LIFECYCLE,
                client().getLifecyclePolicy(r -> r.containerName(name)).lifecyclePolicy());
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putLifecyclePolicy(r -> r.containerName(name).lifecyclePolicy("[not a policy")));
        client().deleteLifecyclePolicy(r -> r.containerName(name));
        assertError(
                PolicyNotFoundException.class,
                "PolicyNotFoundException",
                () -> client().deleteLifecyclePolicy(r -> r.containerName(name)));
    }

    @Test
    void metricPolicyRoundTripsAndIsValidated() throws Exception {
        String name = activeContainer();
        assertError(
                PolicyNotFoundException.class,
                "PolicyNotFoundException",
                () -> client().getMetricPolicy(r -> r.containerName(name)));
        MetricPolicy policy = MetricPolicy.builder()
                .containerLevelMetrics(ContainerLevelMetrics.ENABLED)
                .metricPolicyRules(MetricPolicyRule.builder()
                        .objectGroup("live/*")
                        .objectGroupName("live")
                        .build())
                .build();
        client().putMetricPolicy(r -> r.containerName(name).metricPolicy(policy));
        assertEquals(
                policy, client().getMetricPolicy(r -> r.containerName(name)).metricPolicy());
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putMetricPolicy(r -> r.containerName(name)
                        .metricPolicy(policy.toBuilder()
                                .metricPolicyRules(MetricPolicyRule.builder()
                                        .objectGroup("a")
                                        .objectGroupName("bad name!")
                                        .build())
                                .build())));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().putMetricPolicy(r -> r.containerName(name)
                        .metricPolicy(MetricPolicy.builder().build())));
        client().deleteMetricPolicy(r -> r.containerName(name));
        assertError(
                PolicyNotFoundException.class,
                "PolicyNotFoundException",
                () -> client().deleteMetricPolicy(r -> r.containerName(name)));
    }

    @Test
    void accessLoggingTogglesTheContainerFlag() throws Exception {
        String name = activeContainer();
        client().startAccessLogging(r -> r.containerName(name));
        assertTrue(client().describeContainer(r -> r.containerName(name))
                .container()
                .accessLoggingEnabled());
        client().stopAccessLogging(r -> r.containerName(name));
        assertFalse(client().describeContainer(r -> r.containerName(name))
                .container()
                .accessLoggingEnabled());
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().startAccessLogging(r -> r.containerName("missing-container")));
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().stopAccessLogging(r -> r.containerName("missing-container")));
    }

    @Test
    void tagsAddReplaceRemoveAndAreValidated() throws Exception {
        String name = activeContainer();
        String arn = client().describeContainer(r -> r.containerName(name))
                .container()
                .arn();
        client().tagResource(r -> r.resource(arn)
                .tags(
                        Tag.builder().key("a").value("1").build(),
                        Tag.builder().key("b").value("2").build()));
        client().tagResource(r ->
                r.resource(arn).tags(Tag.builder().key("a").value("3").build()));
        assertEquals(
                List.of(
                        Tag.builder().key("a").value("3").build(),
                        Tag.builder().key("b").value("2").build()),
                client().listTagsForResource(r -> r.resource(arn)).tags());
        client().untagResource(r -> r.resource(arn).tagKeys("a", "not-there"));
        assertEquals(
                List.of(Tag.builder().key("b").value("2").build()),
                client().listTagsForResource(r -> r.resource(arn)).tags());
        String missing = arn.replace(name, "missing-container");
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().listTagsForResource(r -> r.resource(missing)));
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().tagResource(r -> r.resource(missing)
                        .tags(Tag.builder().key("k").value("v").build())));
        assertError(
                ContainerNotFoundException.class,
                "ContainerNotFoundException",
                () -> client().untagResource(r -> r.resource(missing).tagKeys("k")));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().listTagsForResource(r -> r.resource("arn:aws:s3:::bucket")));
        List<Tag> tooMany = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tooMany.add(Tag.builder().key("k" + i).value("v").build());
        }
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().tagResource(r -> r.resource(arn).tags(tooMany)));
        assertError(
                MediaStoreException.class,
                "ValidationException",
                () -> client().tagResource(r -> r.resource(arn)
                        .tags(Tag.builder().key("bad\u0001key").value("v").build())));
    }

    @Test
    void containerLimitIsOneHundredPerAccountAndRegion() throws Exception {
        try (MediaStoreClient other = Clients.mediaStore(server.endpoint(), "test", "test", "eu-west-3")) {
            for (int i = 0; i < 100; i++) {
                String n = "limit-" + i;
                other.createContainer(r -> r.containerName(n));
            }
            MediaStoreException e = assertThrows(
                    MediaStoreException.class, () -> other.createContainer(r -> r.containerName("limit-100")));
            assertEquals("LimitExceededException", e.awsErrorDetails().errorCode());
            assertEquals(
                    100,
                    other.listContainers(r -> r.maxResults(100)).containers().size());
            assertTrue(
                    client().listContainers(r -> r.maxResults(100)).containers().stream()
                            .noneMatch(c -> c.name().startsWith("limit-")),
                    "regions are separate");
        }
    }

    @Test
    void creationTimeIsEpochSecondsOnTheWire() {
        String name = newName();
        Instant t =
                client().createContainer(r -> r.containerName(name)).container().creationTime();
        assertTrue(Duration.between(t, Instant.now()).abs().toSeconds() < 60, t.toString());
    }
}
