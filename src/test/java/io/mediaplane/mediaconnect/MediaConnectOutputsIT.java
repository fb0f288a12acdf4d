package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.FlowFixtures.create;
import static io.mediaplane.mediaconnect.FlowFixtures.fails;
import static io.mediaplane.mediaconnect.FlowFixtures.port;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpFlow;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediaplane.support.LiveServer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.AddOutputRequest;
import software.amazon.awssdk.services.mediaconnect.model.Flow;
import software.amazon.awssdk.services.mediaconnect.model.Output;
import software.amazon.awssdk.services.mediaconnect.model.Protocol;
import software.amazon.awssdk.services.mediaconnect.model.Source;

/** AddFlowOutputs, RemoveFlowOutput, UpdateFlowOutput and UpdateFlowSource, their rules and errors. */
class MediaConnectOutputsIT {
    static final String OTHER_KEY = "AKIDOTHER00000000001";

    @RegisterExtension
    static final LiveServer server = LiveServer.create().withAccount(OTHER_KEY, "other-secret", "111122223333");

    static MediaConnectClient mc() {
        return server.mediaConnect();
    }

    static MediaConnectClient other() {
        return server.mediaConnect(OTHER_KEY);
    }

    @Test
    void addUpdateAndRemoveOutputs() {
        String arn = create(mc(), "outs").flowArn();
        var added = mc().addFlowOutputs(r -> r.flowArn(arn)
                .outputs(
                        rtpOutput("a", 5000),
                        AddOutputRequest.builder()
                                .name("b")
                                .protocol(Protocol.RTP_FEC)
                                .destination("192.0.2.10")
                                .port(5010)
                                .build()));
        assertEquals(arn, added.flowArn());
        assertEquals(
                List.of("a", "b"), added.outputs().stream().map(Output::name).toList());
        Output a = added.outputs().get(0);
        Output updated = mc().updateFlowOutput(r -> r.flowArn(arn)
                        .outputArn(a.outputArn())
                        .destination("192.0.2.20")
                        .smoothingLatency(200))
                .output();
        assertEquals(a.outputArn(), updated.outputArn());
        assertEquals("192.0.2.20", updated.destination());
        assertEquals(5000, updated.port(), "members not in the update keep their values");
        assertEquals("to the encoder", updated.description());
        assertEquals(200, updated.transport().smoothingLatency());
        assertEquals(
                updated, mc().describeFlow(r -> r.flowArn(arn)).flow().outputs().get(0));
        var removed = mc().removeFlowOutput(r -> r.flowArn(arn).outputArn(a.outputArn()));
        assertEquals(a.outputArn(), removed.outputArn());
        assertEquals(
                List.of("b"),
                mc().describeFlow(r -> r.flowArn(arn)).flow().outputs().stream()
                        .map(Output::name)
                        .toList());
        fails(
                "NotFoundException",
                404,
                () -> mc().removeFlowOutput(r -> r.flowArn(arn).outputArn(a.outputArn())));
        fails(
                "NotFoundException",
                404,
                () -> mc().updateFlowOutput(
                                r -> r.flowArn(arn).outputArn(a.outputArn()).port(1)));
        fails(
                "BadRequestException",
                400,
                () -> mc().removeFlowOutput(r -> r.flowArn(arn).outputArn("output-1")));
        fails(
                "BadRequestException",
                400,
                () -> mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("b", 1))));
        fails(
                "BadRequestException",
                400,
                () -> mc().addFlowOutputs(r -> r.flowArn(arn)
                        .outputs(rtpOutput("c", 5000).toBuilder()
                                .destination(null)
                                .build())));
        fails(
                "BadRequestException",
                400,
                () -> mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("c", 70000))));
        String b =
                mc().describeFlow(r -> r.flowArn(arn)).flow().outputs().get(0).outputArn();
        fails(
                "BadRequestException",
                400,
                () -> mc().updateFlowOutput(r -> r.flowArn(arn).outputArn(b).destination("not an address")));
        fails(
                "NotFoundException",
                404,
                () -> other().updateFlowOutput(r -> r.flowArn(arn).outputArn(b).port(9)));
    }

    @Test
    void fiftyOutputsAtMostAnswerTheModelsAddFlowOutputs420Exception() {
        String arn = mc().createFlow(rtpFlow("crowded", port())
                        .outputs(IntStream.range(0, 49)
                                .mapToObj(i -> rtpOutput("o" + i, 5100 + i))
                                .toList())
                        .build())
                .flow()
                .flowArn();
        fails(
                "AddFlowOutputs420Exception",
                420,
                () -> mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("x", 5200), rtpOutput("y", 5201))));
        mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("x", 5200)));
        fails(
                "AddFlowOutputs420Exception",
                420,
                () -> mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("y", 5201))));
    }

    @Test
    void updateFlowSourceLeavesPortsToStartFlowAndKeepsOtherSettings() {
        int taken = port();
        other().createFlow(rtpFlow("theirs", taken).build());
        Flow flow = create(mc(), "mine");
        Source source = flow.source();
        assertEquals(
                taken,
                mc().updateFlowSource(r -> r.flowArn(flow.flowArn())
                                .sourceArn(source.sourceArn())
                                .ingestPort(taken))
                        .source()
                        .ingestPort(),
                "another account's flow on the port only matters when both run");
        mc().createFlow(rtpFlow("mine-too", taken).build());
        int fresh = port();
        Source changed = mc().updateFlowSource(r -> r.flowArn(flow.flowArn())
                        .sourceArn(source.sourceArn())
                        .protocol(Protocol.RTP_FEC)
                        .ingestPort(fresh)
                        .maxBitrate(80_000_000)
                        .whitelistCidr("10.1.0.0/16"))
                .source();
        assertEquals(source.sourceArn(), changed.sourceArn());
        assertEquals(Protocol.RTP_FEC, changed.transport().protocol());
        assertEquals(fresh, changed.ingestPort());
        assertEquals(80_000_000, changed.transport().maxBitrate());
        assertEquals("10.1.0.0/16", changed.whitelistCidr());
        assertEquals("camera feed", changed.description());
        assertEquals(
                changed,
                mc().describeFlow(r -> r.flowArn(flow.flowArn())).flow().source());
        fails(
                "BadRequestException",
                400,
                () -> mc().updateFlowSource(r ->
                        r.flowArn(flow.flowArn()).sourceArn(source.sourceArn()).whitelistCidr("10.1.0.0")));
        fails(
                "BadRequestException",
                400,
                () -> mc().updateFlowSource(r -> r.flowArn(flow.flowArn())
                        .sourceArn(source.sourceArn())
                        .entitlementArn("arn:aws:mediaconnect:us-east-1:111122223333:"
                                + "entitlement:4-AbCdEfGhIjKlMnOp-0123456789ab:e")));
        fails(
                "BadRequestException",
                400,
                () -> mc().updateFlowSource(r ->
                        r.flowArn(flow.flowArn()).sourceArn(source.sourceArn()).protocol("morse")));
        String ghost = source.sourceArn().substring(0, source.sourceArn().lastIndexOf(':')) + ":ghost";
        fails(
                "NotFoundException",
                404,
                () -> mc().updateFlowSource(
                                r -> r.flowArn(flow.flowArn()).sourceArn(ghost).description("d")));
        fails(
                "NotFoundException",
                404,
                () -> other().updateFlowSource(r ->
                        r.flowArn(flow.flowArn()).sourceArn(source.sourceArn()).description("d")));
    }
}
