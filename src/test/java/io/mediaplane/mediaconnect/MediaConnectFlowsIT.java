package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.FlowFixtures.create;
import static io.mediaplane.mediaconnect.FlowFixtures.fails;
import static io.mediaplane.mediaconnect.FlowFixtures.port;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpFlow;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.AddMaintenance;
import software.amazon.awssdk.services.mediaconnect.model.AddOutputRequest;
import software.amazon.awssdk.services.mediaconnect.model.Flow;
import software.amazon.awssdk.services.mediaconnect.model.FlowSize;
import software.amazon.awssdk.services.mediaconnect.model.ListedFlow;
import software.amazon.awssdk.services.mediaconnect.model.MaintenanceDay;
import software.amazon.awssdk.services.mediaconnect.model.Protocol;
import software.amazon.awssdk.services.mediaconnect.model.SetSourceRequest;
import software.amazon.awssdk.services.mediaconnect.model.SourceType;
import software.amazon.awssdk.services.mediaconnect.model.Status;

/** CreateFlow, DescribeFlow, ListFlows and DeleteFlow with the AWS SDK for Java v2 against the real server. */
class MediaConnectFlowsIT {
    static final String FLOW_ARN =
            "arn:aws:mediaconnect:us-east-1:000000000000:flow:[0-9]-[A-Za-z0-9]{16}-[0-9a-f]{12}:";

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    static MediaConnectClient mc() {
        return server.mediaConnect();
    }

    @Test
    void createdFlowIsStandbyWithArnsIngestAddressAndOutputs() {
        int port = port();
        Flow flow = mc().createFlow(rtpFlow("news", port)
                        .availabilityZone("us-east-1b")
                        .outputs(
                                rtpOutput("encoder", 6000),
                                AddOutputRequest.builder()
                                        .name("fec")
                                        .protocol(Protocol.RTP_FEC)
                                        .destination("10.0.0.9")
                                        .port(7000)
                                        .smoothingLatency(100)
                                        .build())
                        .build())
                .flow();
        assertTrue(flow.flowArn().matches(FLOW_ARN + "news"), flow.flowArn());
        assertEquals(Status.STANDBY, flow.status());
        assertEquals("us-east-1b", flow.availabilityZone());
        assertEquals("127.0.0.1", flow.egressIp());
        assertEquals("127.0.0.1", flow.source().ingestIp());
        assertEquals(port, flow.source().ingestPort());
        assertEquals("rtp", flow.source().transport().protocolAsString());
        assertEquals("127.0.0.0/8", flow.source().whitelistCidr());
        assertTrue(
                flow.source().sourceArn().matches("arn:aws:mediaconnect:us-east-1:000000000000:source:2-.*:news-src"));
        assertEquals(2, flow.outputs().size());
        assertTrue(flow.outputs()
                .get(0)
                .outputArn()
                .matches("arn:aws:mediaconnect:us-east-1:000000000000:output:3-.*" + ":encoder"));
        assertEquals("127.0.0.1", flow.outputs().get(0).destination());
        assertEquals(6000, flow.outputs().get(0).port());
        assertEquals(Protocol.RTP_FEC, flow.outputs().get(1).transport().protocol());
        assertEquals(100, flow.outputs().get(1).transport().smoothingLatency());
        assertEquals(flow, mc().describeFlow(r -> r.flowArn(flow.flowArn())).flow());
    }

    @Test
    void fieldsBeyondTheSeedAreStoredAndEchoed() {
        Flow flow = mc().createFlow(rtpFlow("modern", port())
                        .flowSize(FlowSize.LARGE)
                        .maintenance(AddMaintenance.builder()
                                .maintenanceDay(MaintenanceDay.TUESDAY)
                                .maintenanceStartHour("02:00")
                                .build())
                        .sourceMonitoringConfig(m -> m.thumbnailState("ENABLED"))
                        .outputs(rtpOutput("o", 6100).toBuilder()
                                .cidrAllowList("10.0.0.0/8")
                                .minLatency(200)
                                .build())
                        .build())
                .flow();
        Flow described = mc().describeFlow(r -> r.flowArn(flow.flowArn())).flow();
        assertEquals(FlowSize.LARGE, described.flowSize());
        assertEquals(MaintenanceDay.TUESDAY, described.maintenance().maintenanceDay());
        assertEquals("02:00", described.maintenance().maintenanceStartHour());
        assertEquals("ENABLED", described.sourceMonitoringConfig().thumbnailStateAsString());
        assertEquals(
                List.of("10.0.0.0/8"), described.outputs().get(0).transport().cidrAllowList());
        assertEquals(200, described.outputs().get(0).transport().minLatency());
    }

    @Test
    void listFlowsPagesWithTokensAndReportsStatusAndSourceType() throws Exception {
        try (TestServer own = TestServer.start();
                MediaConnectClient client = Clients.mediaConnect(own.endpoint())) {
            List<String> created = new ArrayList<>();
            IntStream.range(0, 12)
                    .forEach(i -> created.add(create(client, "f" + i).flowArn()));
            var first = client.listFlows(r -> {});
            assertEquals(10, first.flows().size(), "ListFlows returns 10 per page by default");
            var rest = client.listFlows(r -> r.nextToken(first.nextToken()));
            assertNull(rest.nextToken());
            List<String> listed = new ArrayList<>();
            first.flows().forEach(f -> listed.add(f.flowArn()));
            rest.flows().forEach(f -> listed.add(f.flowArn()));
            assertEquals(
                    created.stream().sorted().toList(), listed.stream().sorted().toList());
            ListedFlow one = first.flows().get(0);
            assertEquals(Status.STANDBY, one.status());
            assertEquals(SourceType.OWNED, one.sourceType());
            List<String> paged = new ArrayList<>();
            client.listFlowsPaginator(r -> r.maxResults(5)).flows().forEach(f -> paged.add(f.flowArn()));
            assertEquals(12, paged.size());
            fails("BadRequestException", 400, () -> client.listFlows(r -> r.nextToken("bm90LWEtdG9rZW4=")));
            fails("BadRequestException", 400, () -> client.listFlows(r -> r.maxResults(0)));
        }
    }

    @Test
    void deleteFlowIsDeletingThenGone() {
        Flow flow = create(mc(), "short-lived");
        var deleted = mc().deleteFlow(r -> r.flowArn(flow.flowArn()));
        assertEquals(Status.DELETING, deleted.status());
        assertEquals(flow.flowArn(), deleted.flowArn());
        assertEquals(
                Status.DELETING,
                mc().describeFlow(r -> r.flowArn(flow.flowArn())).flow().status());
        fails("BadRequestException", 400, () -> mc().deleteFlow(r -> r.flowArn(flow.flowArn())));
        server.settle();
        fails("NotFoundException", 404, () -> mc().describeFlow(r -> r.flowArn(flow.flowArn())));
        fails("NotFoundException", 404, () -> mc().deleteFlow(r -> r.flowArn(flow.flowArn())));
    }

    @Test
    void unknownAndMalformedArnsAreNotFoundAndBadRequest() {
        String flowArn = create(mc(), "real").flowArn();
        String unknown = "arn:aws:mediaconnect:us-east-1:000000000000:flow:1-AbCdEfGhIjKlMnOp-0123456789ab:ghost";
        for (String arn : List.of(
                unknown,
                flowArn.replace(":real", ":other"),
                "arn:aws:mediaconnect:us-east-1:000000000000:flow:1-23aBC45dEF67hiJ8-12AbC34DE5fG:BasketballGame")) {
            fails("NotFoundException", 404, () -> mc().describeFlow(r -> r.flowArn(arn)));
            fails("NotFoundException", 404, () -> mc().startFlow(r -> r.flowArn(arn)));
            fails("NotFoundException", 404, () -> mc().listTagsForResource(r -> r.resourceArn(arn)));
        }
        fails("BadRequestException", 400, () -> mc().describeFlow(r -> r.flowArn("not-an-arn")));
        fails(
                "BadRequestException",
                400,
                () -> mc().describeFlow(r -> r.flowArn(flowArn.replace(":flow:", ":output:"))));
        fails(
                "NotFoundException",
                404,
                () -> mc().describeFlow(r -> r.flowArn(flowArn.replace("us-east-1", "eu-west-1"))));
    }

    @Test
    void createFlowRefusesInvalidInputWithBadRequest() {
        List<Runnable> bad = List.of(
                () -> mc().createFlow(r -> r.source(FlowFixtures.rtpSource("s", port()))),
                () -> mc().createFlow(r -> r.name("has space").source(FlowFixtures.rtpSource("s", port()))),
                () -> mc().createFlow(r -> r.name("no-source")),
                () -> mc().createFlow(r ->
                        r.name("no-protocol").source(s -> s.name("s").ingestPort(port()))),
                () -> mc().createFlow(
                                r -> r.name("no-port").source(s -> s.name("s").protocol(Protocol.RTP))),
                () -> mc().createFlow(r -> r.name("low-port")
                        .source(s -> s.name("s").protocol(Protocol.RTP).ingestPort(80))),
                () -> mc().createFlow(r -> r.name("fec-top")
                        .source(s -> s.name("s").protocol(Protocol.RTP_FEC).ingestPort(65533))),
                () -> mc().createFlow(rtpFlow("cidr", port())
                        .source(FlowFixtures.rtpSource("s", port()).toBuilder()
                                .whitelistCidr("10.0.0.0/33")
                                .build())
                        .build()),
                () -> mc().createFlow(rtpFlow("dest", port())
                        .outputs(rtpOutput("o", 5000).toBuilder()
                                .destination("example.com")
                                .build())
                        .build()),
                () -> mc().createFlow(rtpFlow("dup", port())
                        .outputs(rtpOutput("o", 5000), rtpOutput("o", 5001))
                        .build()),
                () -> mc().createFlow(rtpFlow("enc", port())
                        .outputs(rtpOutput("o", 5000).toBuilder()
                                .encryption(e -> e.algorithm("aes256")
                                        .roleArn("arn:aws:iam::000000000000:role/r")
                                        .secretArn("arn:aws:secretsmanager:us-east-1:000000000000:secret:k"))
                                .build())
                        .build()),
                () -> mc().createFlow(rtpFlow("badproto", port())
                        .outputs(rtpOutput("o", 5000).toBuilder()
                                .protocol("carrier-pigeon")
                                .build())
                        .build()),
                () -> mc().createFlow(rtpFlow("twice", port())
                        .sources(FlowFixtures.rtpSource("b", port()))
                        .build()));
        for (Runnable call : bad) {
            fails("BadRequestException", 400, call::run);
        }
    }

    @Test
    void limitsAnswerTheModelsCreateFlow420Exception() {
        List<AddOutputRequest> outputs = IntStream.range(0, 51)
                .mapToObj(i -> rtpOutput("o" + i, 5000 + i))
                .toList();
        String message = fails(
                "CreateFlow420Exception",
                420,
                () -> mc().createFlow(rtpFlow("wide", port()).outputs(outputs).build()));
        assertTrue(message.contains("50 outputs"), message);
        var grants = IntStream.range(0, 51)
                .mapToObj(i -> software.amazon.awssdk.services.mediaconnect.model.GrantEntitlementRequest.builder()
                        .name("e" + i)
                        .subscribers("111122223333")
                        .build())
                .toList();
        fails(
                "CreateFlow420Exception",
                420,
                () -> mc().createFlow(
                                rtpFlow("generous", port()).entitlements(grants).build()));
        assertEquals(
                50,
                mc().createFlow(rtpFlow("full", port())
                                .outputs(outputs.subList(0, 50))
                                .build())
                        .flow()
                        .outputs()
                        .size());
    }

    @Test
    void aFlowsTwoSourcesNeedTheirOwnPortsWhileFlowsMayShareOne() {
        int port = port();
        mc().createFlow(rtpFlow("holder", port).build());
        assertEquals(
                port,
                mc().createFlow(rtpFlow("same-port", port).build())
                        .flow()
                        .source()
                        .ingestPort(),
                "two flows on one port conflict only when both run");
        SetSourceRequest fec = SetSourceRequest.builder()
                .name("fec")
                .protocol(Protocol.RTP_FEC)
                .ingestPort(port + 10)
                .build();
        fails(
                "BadRequestException",
                400,
                () -> mc().createFlow(
                                r -> r.name("fec-clash").sources(fec, FlowFixtures.rtpSource("plain", port + 12))));
        SetSourceRequest twoOnOne = FlowFixtures.rtpSource("a", port + 6);
        fails(
                "BadRequestException",
                400,
                () -> mc().createFlow(r -> r.name("both")
                        .sources(twoOnOne, twoOnOne.toBuilder().name("b").build())));
    }

    @Test
    void tagsOnFlows() {
        String arn = mc().createFlow(rtpFlow("tagged", port())
                        .flowTags(Map.of("team", "news"))
                        .build())
                .flow()
                .flowArn();
        assertEquals(
                Map.of("team", "news"),
                mc().listTagsForResource(r -> r.resourceArn(arn)).tags());
        mc().tagResource(r -> r.resourceArn(arn).tags(Map.of("env", "prod", "team", "sport")));
        assertEquals(
                Map.of("team", "sport", "env", "prod"),
                mc().listTagsForResource(r -> r.resourceArn(arn)).tags());
        mc().untagResource(r -> r.resourceArn(arn).tagKeys("team", "absent"));
        assertEquals(
                Map.of("env", "prod"),
                mc().listTagsForResource(r -> r.resourceArn(arn)).tags());
        fails(
                "BadRequestException",
                400,
                () -> mc().tagResource(r -> r.resourceArn(arn).tags(Map.of("aws:x", "y"))));
        fails(
                "BadRequestException",
                400,
                () -> mc().tagResource(r -> r.resourceArn("arn:aws:s3:::bucket").tags(Map.of("a", "b"))));
    }
}
