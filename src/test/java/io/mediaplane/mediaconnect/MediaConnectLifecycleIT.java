package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.FlowFixtures.create;
import static io.mediaplane.mediaconnect.FlowFixtures.fails;
import static io.mediaplane.mediaconnect.FlowFixtures.port;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpFlow;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.mediaconnect.relay.FlowPlan;
import io.mediaplane.mediaconnect.relay.RelayException;
import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.DescribeFlowResponse;
import software.amazon.awssdk.services.mediaconnect.model.Protocol;
import software.amazon.awssdk.services.mediaconnect.model.Status;

/**
 * StartFlow and StopFlow, the status life cycle (STANDBY, STARTING, ACTIVE, UPDATING, STOPPING,
 * DELETING, ERROR) as the server's clock moves, what the runtime is told, and restarts.
 */
class MediaConnectLifecycleIT {
    @RegisterExtension
    final LiveServer server = LiveServer.create();

    MediaConnectClient mc() {
        return server.mediaConnect();
    }

    Status status(String arn) {
        return mc().describeFlow(r -> r.flowArn(arn)).flow().status();
    }

    @Test
    void startIsStartingThenActiveAndStopIsStoppingThenStandby() {
        int port = port();
        String arn = mc().createFlow(
                        rtpFlow("live", port).outputs(rtpOutput("out", 6000)).build())
                .flow()
                .flowArn();
        var started = mc().startFlow(r -> r.flowArn(arn));
        assertEquals(Status.STARTING, started.status());
        assertEquals(Status.STARTING, status(arn));
        FlowPlan plan = server.flowRuntime().plan(arn).orElseThrow();
        assertEquals("000000000000", plan.accountId());
        assertEquals("live", plan.flowName());
        assertEquals(port, plan.sources().get(0).ingestPort());
        assertEquals("rtp", plan.sources().get(0).protocol());
        assertEquals("127.0.0.0/8", plan.sources().get(0).whitelistCidr());
        assertEquals(
                List.of(6000),
                plan.outputs().stream().map(FlowPlan.OutputPlan::port).toList());
        fails("BadRequestException", 400, () -> mc().startFlow(r -> r.flowArn(arn)));
        fails("BadRequestException", 400, () -> mc().deleteFlow(r -> r.flowArn(arn)));
        server.settle();
        assertEquals(Status.ACTIVE, status(arn));
        assertEquals(Status.ACTIVE, mc().listFlows(r -> {}).flows().get(0).status());
        fails("BadRequestException", 400, () -> mc().deleteFlow(r -> r.flowArn(arn)));

        assertEquals(Status.STOPPING, mc().stopFlow(r -> r.flowArn(arn)).status());
        assertFalse(server.flowRuntime().isRunning(arn));
        assertEquals(Status.STOPPING, status(arn));
        fails("BadRequestException", 400, () -> mc().startFlow(r -> r.flowArn(arn)));
        server.settle();
        assertEquals(Status.STANDBY, status(arn));
        fails("BadRequestException", 400, () -> mc().stopFlow(r -> r.flowArn(arn)));
        assertEquals(Status.DELETING, mc().deleteFlow(r -> r.flowArn(arn)).status());
        assertEquals(
                List.of("start " + arn, "stop " + arn), server.flowRuntime().calls());
    }

    @Test
    void changesToARunningFlowAreUpdatingAndReachTheRuntime() {
        String arn = create(mc(), "changing").flowArn();
        mc().startFlow(r -> r.flowArn(arn));
        server.settle();
        String out = mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("late", 6200)))
                .outputs()
                .get(0)
                .outputArn();
        assertEquals(Status.UPDATING, status(arn));
        assertEquals(
                List.of(6200),
                server.flowRuntime().plan(arn).orElseThrow().outputs().stream()
                        .map(FlowPlan.OutputPlan::port)
                        .toList());
        server.settle();
        assertEquals(Status.ACTIVE, status(arn));
        mc().updateFlowOutput(r -> r.flowArn(arn).outputArn(out).port(6300));
        assertEquals(
                6300,
                server.flowRuntime().plan(arn).orElseThrow().outputs().get(0).port());
        int newPort = port();
        String source = mc().describeFlow(r -> r.flowArn(arn)).flow().source().sourceArn();
        mc().updateFlowSource(r -> r.flowArn(arn).sourceArn(source).ingestPort(newPort));
        assertEquals(
                newPort,
                server.flowRuntime().plan(arn).orElseThrow().sources().get(0).ingestPort());
        mc().removeFlowOutput(r -> r.flowArn(arn).outputArn(out));
        assertTrue(server.flowRuntime().plan(arn).orElseThrow().outputs().isEmpty());
        assertEquals(Status.UPDATING, status(arn));
    }

    @Test
    void zixiPushIsStoredButTheFlowReportsErrorWithTheReason() {
        var flow = mc().createFlow(r -> r.name("zixi")
                        .source(s -> s.name("z")
                                .protocol(Protocol.ZIXI_PUSH)
                                .ingestPort(5555)
                                .streamId("cam1")
                                .maxLatency(6000)
                                .decryption(d -> d.algorithm("aes256")
                                        .roleArn("arn:aws:iam::000000000000:role/MediaConnect")
                                        .secretArn("arn:aws:secretsmanager:us-east-1:000000000000:secret:zixi-key"))))
                .flow();
        assertEquals(2088, flow.source().ingestPort(), "AWS always reports Zixi push on port 2088");
        assertEquals("cam1", flow.source().transport().streamId());
        assertEquals("static-key", flow.source().decryption().keyTypeAsString());
        assertEquals(
                Status.STARTING, mc().startFlow(r -> r.flowArn(flow.flowArn())).status());
        server.settle();
        DescribeFlowResponse described = mc().describeFlow(r -> r.flowArn(flow.flowArn()));
        assertEquals(Status.ERROR, described.flow().status());
        assertTrue(
                described.messages().errors().get(0).contains("zixi-push"),
                described.messages().toString());
        assertFalse(server.flowRuntime().isRunning(flow.flowArn()));
        fails("BadRequestException", 400, () -> mc().deleteFlow(r -> r.flowArn(flow.flowArn())));
        mc().stopFlow(r -> r.flowArn(flow.flowArn()));
        server.settle();
        DescribeFlowResponse stopped = mc().describeFlow(r -> r.flowArn(flow.flowArn()));
        assertEquals(Status.STANDBY, stopped.flow().status());
        assertNull(stopped.messages());
    }

    @Test
    void runtimeRefusalsPutTheFlowInErrorAndAStartRetries() {
        String arn = create(mc(), "busy").flowArn();
        server.flowRuntime()
                .failNext(
                        RelayException.Reason.PORT_IN_USE, "UDP port 20000 on 127.0.0.1 is in use by another process");
        mc().startFlow(r -> r.flowArn(arn));
        server.settle();
        DescribeFlowResponse failed = mc().describeFlow(r -> r.flowArn(arn));
        assertEquals(Status.ERROR, failed.flow().status());
        assertEquals(
                List.of("UDP port 20000 on 127.0.0.1 is in use by another process"),
                failed.messages().errors());
        assertEquals(Status.STARTING, mc().startFlow(r -> r.flowArn(arn)).status());
        server.settle();
        assertEquals(Status.ACTIVE, status(arn));
        assertTrue(server.flowRuntime().isRunning(arn));
        server.flowRuntime().failNext(RelayException.Reason.PORT_IN_USE, "UDP port 6400 is taken");
        mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("o", 6400)));
        server.settle();
        assertEquals(Status.ERROR, status(arn));
        assertFalse(server.flowRuntime().isRunning(arn));
    }

    @Test
    void flowsSurviveARestartAndRunningOnesAreStartedAgain() throws Exception {
        String running = mc().createFlow(
                        rtpFlow("running", port()).outputs(rtpOutput("o", 6500)).build())
                .flow()
                .flowArn();
        String idle = create(mc(), "idle").flowArn();
        mc().startFlow(r -> r.flowArn(running));
        mc().tagResource(r -> r.resourceArn(idle).tags(java.util.Map.of("k", "v")));
        server.testServer().restart();
        try (MediaConnectClient again = Clients.mediaConnect(server.endpoint())) {
            assertEquals(2, server.flowRuntime().starts(running));
            assertTrue(server.flowRuntime().isRunning(running));
            assertFalse(server.flowRuntime().isRunning(idle));
            assertEquals(
                    Status.STARTING,
                    again.describeFlow(r -> r.flowArn(running)).flow().status());
            server.settle();
            var flow = again.describeFlow(r -> r.flowArn(running)).flow();
            assertEquals(Status.ACTIVE, flow.status());
            assertEquals(6500, flow.outputs().get(0).port());
            assertEquals(
                    Status.STANDBY,
                    again.describeFlow(r -> r.flowArn(idle)).flow().status());
            assertEquals(
                    java.util.Map.of("k", "v"),
                    again.listTagsForResource(r -> r.resourceArn(idle)).tags());
        }
    }

    @Test
    void updatesOfAStandbyFlowAreUpdatingThenStandby() {
        String arn = create(mc(), "quiet").flowArn();
        mc().addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("o", 6600)));
        assertEquals(Status.UPDATING, status(arn));
        assertTrue(server.flowRuntime().calls().isEmpty(), "a flow that is not running is not in the runtime");
        server.settle();
        assertEquals(Status.STANDBY, status(arn));
    }
}
