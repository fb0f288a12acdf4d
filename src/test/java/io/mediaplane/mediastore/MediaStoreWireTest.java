package io.mediaplane.mediastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.config.Quotas;
import io.mediaplane.mediastore.ContainerShapes.Container;
import io.mediaplane.mediastore.ContainerShapes.ContainerNameInput;
import io.mediaplane.mediastore.ContainerShapes.ContainerStatus;
import io.mediaplane.mediastore.ContainerShapes.CreateContainerInput;
import io.mediaplane.mediastore.ContainerShapes.CreateContainerOutput;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.mediastore.ContainerShapes.ListContainersInput;
import io.mediaplane.mediastore.ContainerShapes.ListContainersOutput;
import io.mediaplane.mediastore.PolicyShapes.ContainerLevelMetrics;
import io.mediaplane.mediastore.PolicyShapes.CorsRule;
import io.mediaplane.mediastore.PolicyShapes.MethodName;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicy;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicyRule;
import io.mediaplane.mediastore.PolicyShapes.PutCorsPolicyInput;
import io.mediaplane.mediastore.PolicyShapes.PutMetricPolicyInput;
import io.mediaplane.mediastore.TagShapes.UntagResourceInput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.support.Clients;
import io.mediaplane.support.FakeExchange;
import io.mediaplane.support.Golden;
import io.mediaplane.support.RecordingService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastore.model.ContainerNotFoundException;

/**
 * Tier 2: requests marshalled by the real AWS SDK for Java v2 parse into exactly the expected
 * typed records, and our responses (compared with golden files) unmarshal into the expected SDK
 * values. No sockets and no storage: the handlers record their input and return canned output.
 */
class MediaStoreWireTest {
    private static final ServiceSpec SPEC =
            MediaStoreService.spec(null, new PageTokens(new byte[32]), Quotas.defaults());
    private final RecordingService wire = new RecordingService(SPEC);
    private final MediaStoreClient sdk = Clients.wired(MediaStoreClient.builder(), wire, "http://wire.test:4590");

    @AfterEach
    void close() {
        sdk.close();
    }

    private static final Container CONTAINER = new Container(
            "http://wire.test:4590/mediastore-data/abcdefghijklmn",
            Instant.ofEpochMilli(1563557265123L),
            "arn:aws:mediastore:us-west-2:000000000000:container/movies",
            "movies",
            ContainerStatus.ACTIVE,
            true);

    @Test
    void createContainer() throws Exception {
        wire.answer(new CreateContainerOutput(CONTAINER));
        var response = sdk.createContainer(r -> r.containerName("movies")
                .tags(software.amazon.awssdk.services.mediastore.model.Tag.builder()
                        .key("env")
                        .value("prod")
                        .build()));
        assertEquals(new CreateContainerInput("movies", List.of(new ContainerShapes.Tag("env", "prod"))), wire.input());
        assertEquals("MediaStore_20170901.CreateContainer", wire.last().header("X-Amz-Target"));
        Golden.assertMatches(
                "mediastore/create-container.json", wire.last().responseBody.toByteArray());
        assertEquals("application/x-amz-json-1.1", wire.last().responseHeaders.get("Content-Type"));
        assertEquals(Instant.ofEpochMilli(1563557265123L), response.container().creationTime());
        assertEquals(CONTAINER.endpoint(), response.container().endpoint());
        assertEquals(CONTAINER.arn(), response.container().arn());
        assertEquals(true, response.container().accessLoggingEnabled());
    }

    @Test
    void listContainersWithPaging() throws Exception {
        wire.answer(new ListContainersOutput(List.of(CONTAINER), "bmV4dA=="));
        var response = sdk.listContainers(r -> r.maxResults(5).nextToken("c3RhcnQ="));
        assertEquals(new ListContainersInput("c3RhcnQ=", 5), wire.input());
        Golden.assertMatches(
                "mediastore/list-containers.json", wire.last().responseBody.toByteArray());
        assertEquals("bmV4dA==", response.nextToken());
        assertEquals("movies", response.containers().get(0).name());
    }

    @Test
    void putCorsPolicyCarriesNestedRulesAndEnums() {
        wire.answer(new EmptyOutput());
        sdk.putCorsPolicy(r -> r.containerName("movies")
                .corsPolicy(software.amazon.awssdk.services.mediastore.model.CorsRule.builder()
                        .allowedOrigins("*")
                        .allowedMethodsWithStrings("GET", "HEAD")
                        .allowedHeaders("*")
                        .maxAgeSeconds(3000)
                        .exposeHeaders("ETag")
                        .build()));
        assertEquals(
                new PutCorsPolicyInput(
                        "movies",
                        List.of(new CorsRule(
                                List.of("*"),
                                List.of(MethodName.GET, MethodName.HEAD),
                                List.of("*"),
                                3000,
                                List.of("ETag")))),
                wire.input());
        assertEquals("{}", wire.last().responseBody.toString(StandardCharsets.UTF_8));
    }

    @Test
    void putMetricPolicyCarriesRules() {
        wire.answer(new EmptyOutput());
        sdk.putMetricPolicy(r -> r.containerName("movies")
                .metricPolicy(p -> p.containerLevelMetrics("ENABLED")
                        .metricPolicyRules(m -> m.objectGroup("live/*").objectGroupName("live"))));
        assertEquals(
                new PutMetricPolicyInput(
                        "movies",
                        new MetricPolicy(
                                ContainerLevelMetrics.ENABLED, List.of(new MetricPolicyRule("live/*", "live")))),
                wire.input());
    }

    @Test
    void untagResourceAndNameOnlyOperations() {
        wire.answer(new EmptyOutput());
        sdk.untagResource(r -> r.resource(CONTAINER.arn()).tagKeys("a", "b"));
        assertEquals(new UntagResourceInput(CONTAINER.arn(), List.of("a", "b")), wire.input());
        sdk.startAccessLogging(r -> r.containerName("movies"));
        assertEquals(new ContainerNameInput("movies"), wire.input());
    }

    @Test
    void modeledErrorsReachTheSdkAsTheirExceptionType() throws Exception {
        wire.fail(new AwsException(MediaStoreError.CONTAINER_NOT_FOUND, "Container movies does not exist"));
        ContainerNotFoundException e = assertThrows(
                ContainerNotFoundException.class, () -> sdk.describeContainer(r -> r.containerName("movies")));
        assertEquals("Container movies does not exist", e.awsErrorDetails().errorMessage());
        assertEquals(400, e.statusCode());
        assertEquals("ContainerNotFoundException", wire.last().responseHeaders.get("x-amzn-ErrorType"));
        Golden.assertMatches(
                "mediastore/error-container-not-found.json",
                wire.last().responseBody.toByteArray());
    }

    @Test
    void badJsonIsASerializationException() throws Exception {
        assertEquals(
                "SerializationException",
                raw("ListContainers", "{\"MaxResults\":").code());
        assertEquals("SerializationException", raw("ListContainers", "[1,2]").code());
        assertEquals(
                "SerializationException",
                raw("ListContainers", "{\"MaxResults\":\"5\"}").code());
        assertEquals(
                "SerializationException",
                raw("CreateContainer", "{\"ContainerName\":{\"a\":1}}").code());
        assertEquals(
                "SerializationException", raw("ListContainers", "{} trailing").code());
        assertEquals("ValidationException", raw("CreateContainer", "{}").code());
        assertEquals("UnknownOperationException", raw("DescribeBucket", "{}").code());
    }

    @Test
    void validationMessagesUseAwsWording() throws Exception {
        Raw r = raw("CreateContainer", "{\"ContainerName\":\"a b\"}");
        assertEquals(
                "1 validation error detected: Value 'a b' at 'containerName' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: [\\w-]+",
                r.message());
        assertEquals(
                "1 validation error detected: Value null at 'containerName' failed to satisfy constraint:"
                        + " Member must not be null",
                raw("DeleteContainer", "").message());
    }

    private record Raw(int status, String code, String message) {}

    private Raw raw(String operation, String body) throws Exception {
        FakeExchange exchange = new FakeExchange(
                "POST",
                "/",
                "",
                Map.of("X-Amz-Target", List.of("MediaStore_20170901." + operation)),
                body.getBytes(StandardCharsets.UTF_8));
        wire.pipeline().handle(exchange);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(exchange.responseBody.toByteArray());
        assertEquals(json.get("__type").asText(), exchange.responseHeaders.get("x-amzn-ErrorType"));
        assertEquals(400, exchange.responseStatus());
        return new Raw(
                exchange.responseStatus(),
                json.get("__type").asText(),
                json.get("Message").asText());
    }
}
