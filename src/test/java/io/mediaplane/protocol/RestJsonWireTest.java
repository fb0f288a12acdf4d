package io.mediaplane.protocol;

import static io.mediaplane.protocol.Operation.rest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.support.Clients;
import io.mediaplane.support.RecordingService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.BadRequestException;
import software.amazon.awssdk.services.mediaconnect.model.NotFoundException;

/**
 * The restJson1 codec fed by the real MediaConnect SDK marshallers, with a few MediaConnect
 * operations declared here the way the service package will declare them: labels holding
 * encoded ARNs (with %3A and %2F), repeated query keys, lowerCamel bodies, 202/204 statuses,
 * ISO-8601 timestamps and {@code message}-keyed errors.
 */
class RestJsonWireTest {
    record DescribeFlowRequest(@Label("FlowArn") @NotNull String flowArn) {}

    record Flow(String flowArn, String name, String status) {}

    record DescribeFlowResponse(Flow flow) {}

    record ListFlowsRequest(
            @Query("maxResults") @Min(1) @Max(1000) Integer maxResults,
            @Query("nextToken") String nextToken) {}

    record ListFlowsResponse(List<Flow> flows, String nextToken) {}

    record UpdateFlowOutputRequest(
            @Label("FlowArn") String flowArn,
            @Label("OutputArn") String outputArn,
            String description,
            Integer port) {}

    record Output(String outputArn, String description, Integer port) {}

    record UpdateFlowOutputResponse(String flowArn, Output output) {}

    record UntagResourceRequest(
            @Label("ResourceArn") String resourceArn,
            @Query("tagKeys") @NotNull List<String> tagKeys) {}

    record Empty() {}

    record MetadataRequest(@Label("FlowArn") String flowArn) {}

    record MetadataResponse(String flowArn, Instant timestamp) {}

    static final ErrorCode BAD_REQUEST = new ErrorCode("BadRequestException", 400);
    static final ErrorCode NOT_FOUND = new ErrorCode("NotFoundException", 404);
    static final ErrorCode INTERNAL = new ErrorCode("InternalServerErrorException", 500);

    static final ServiceSpec SPEC = new ServiceSpec(
            "mediaconnect",
            Protocol.REST_JSON_1,
            "mediaconnect",
            null,
            "message",
            BAD_REQUEST,
            BAD_REQUEST,
            INTERNAL,
            JsonMappers.wire(null, TimestampFormat.ISO_8601),
            false,
            List.of(
                    rest(
                            "GET",
                            "/v1/flows/{FlowArn}",
                            200,
                            "DescribeFlow",
                            DescribeFlowRequest.class,
                            DescribeFlowResponse.class,
                            (c, i) -> null),
                    rest(
                            "GET",
                            "/v1/flows",
                            200,
                            "ListFlows",
                            ListFlowsRequest.class,
                            ListFlowsResponse.class,
                            (c, i) -> null),
                    rest(
                            "PUT",
                            "/v1/flows/{FlowArn}/outputs/{OutputArn}",
                            202,
                            "UpdateFlowOutput",
                            UpdateFlowOutputRequest.class,
                            UpdateFlowOutputResponse.class,
                            (c, i) -> null),
                    rest(
                            "DELETE",
                            "/tags/{ResourceArn}",
                            204,
                            "UntagResource",
                            UntagResourceRequest.class,
                            Empty.class,
                            (c, i) -> null),
                    rest(
                            "GET",
                            "/v1/flows/{FlowArn}/source-metadata",
                            200,
                            "DescribeFlowSourceMetadata",
                            MetadataRequest.class,
                            MetadataResponse.class,
                            (c, i) -> null)));
    static final String FLOW = "arn:aws:mediaconnect:us-east-1:000000000000:flow:1-abc:news/live";

    private final RecordingService wire = new RecordingService(SPEC);
    private final MediaConnectClient sdk = Clients.wired(MediaConnectClient.builder(), wire, "http://wire.test:4590");

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void labelsKeepEncodedSlashesInOneSegmentAndDecodeAfterMatching() {
        wire.answer(new DescribeFlowResponse(new Flow(FLOW, "news/live", "ACTIVE")));
        var flow = sdk.describeFlow(r -> r.flowArn(FLOW)).flow();
        assertEquals(
                "/v1/flows/arn%3Aaws%3Amediaconnect%3Aus-east-1%3A000000000000%3Aflow%3A1-abc%3Anews%2Flive",
                wire.last().rawPath());
        assertEquals(new DescribeFlowRequest(FLOW), wire.input());
        assertEquals("ACTIVE", flow.statusAsString());
        assertEquals(FLOW, flow.flowArn());
    }

    @Test
    void queryMembersBindWithTypes() {
        wire.answer(new ListFlowsResponse(List.of(new Flow(FLOW, "n", "STANDBY")), "t2"));
        var page = sdk.listFlows(r -> r.maxResults(7).nextToken("t 1+"));
        assertEquals(new ListFlowsRequest(7, "t 1+"), wire.input());
        assertEquals("t2", page.nextToken());
        assertEquals(1, page.flows().size());
    }

    @Test
    void bodyAndLabelsTogetherWith202() {
        String output = "arn:aws:mediaconnect:us-east-1:000000000000:output:1-abc:out";
        wire.answer(new UpdateFlowOutputResponse(FLOW, new Output(output, "d", 5000)));
        var response = sdk.updateFlowOutput(
                r -> r.flowArn(FLOW).outputArn(output).description("d").port(5000));
        assertEquals(new UpdateFlowOutputRequest(FLOW, output, "d", 5000), wire.input());
        assertEquals(202, wire.last().responseStatus());
        assertEquals(5000, response.output().port());
    }

    @Test
    void repeatedQueryKeysBecomeAListAnd204HasNoBody() {
        wire.answer(new Empty());
        sdk.untagResource(r -> r.resourceArn(FLOW).tagKeys("a", "b c"));
        assertEquals(new UntagResourceRequest(FLOW, List.of("a", "b c")), wire.input());
        assertEquals(204, wire.last().responseStatus());
        assertEquals(0, wire.last().responseBody.size());
    }

    @Test
    void timestampsAreIso8601() {
        wire.answer(new MetadataResponse(FLOW, Instant.parse("2025-01-02T03:04:05.678Z")));
        var response = sdk.describeFlowSourceMetadata(r -> r.flowArn(FLOW));
        assertEquals(Instant.parse("2025-01-02T03:04:05.678Z"), response.timestamp());
        assertEquals(
                "{\"flowArn\":\"" + FLOW + "\",\"timestamp\":\"2025-01-02T03:04:05.678Z\"}",
                wire.last().responseBody.toString(StandardCharsets.UTF_8));
    }

    @Test
    void errorsCarryTheCodeInTheHeaderAndMessageInTheBody() {
        wire.fail(new AwsException(NOT_FOUND, "Flow not found"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> sdk.describeFlow(r -> r.flowArn(FLOW)));
        assertEquals(404, e.statusCode());
        assertEquals("Flow not found", e.awsErrorDetails().errorMessage());
        assertEquals("NotFoundException", wire.last().responseHeaders.get("x-amzn-ErrorType"));
    }

    @Test
    void wrongQueryTypesAndRangesAreBadRequests() {
        wire.answer(new ListFlowsResponse(List.of(), null));
        BadRequestException e = assertThrows(BadRequestException.class, () -> sdk.listFlows(r -> r.maxResults(5000)));
        assertEquals(
                "1 validation error detected: Value '5000' at 'maxResults' failed to satisfy constraint: Member"
                        + " must have value less than or equal to 1000",
                e.awsErrorDetails().errorMessage());
    }
}
