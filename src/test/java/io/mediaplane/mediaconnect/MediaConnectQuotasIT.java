package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.FlowFixtures.fails;
import static io.mediaplane.mediaconnect.FlowFixtures.port;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpFlow;
import static io.mediaplane.mediaconnect.FlowFixtures.rtpOutput;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.config.Quotas;
import io.mediaplane.support.LiveServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.GrantEntitlementRequest;

/**
 * AWS's quotas on flows, held per account and Region: 20 flows (flows being deleted free their
 * place), 50 outputs and 50 entitlements per flow, each answering the operation's 420 error; the
 * quotas file changes them for every account or for one.
 */
class MediaConnectQuotasIT {
    private static final String OTHER_KEY = "AKIDQUOTAOTHER000001";
    private static final String SMALL_KEY = "AKIDQUOTASMALL000001";

    @RegisterExtension
    final LiveServer server = LiveServer.create()
            .withAccount(OTHER_KEY, "other-secret", "111122223333")
            .withAccount(SMALL_KEY, "small-secret", "444455556666")
            .withConfig(c -> c.withQuotas(Quotas.parse(
                    "{\"accounts\": {\"444455556666\": {\"mediaconnect\": {\"flows\": 2, \"outputsPerFlow\": 1}}}}")));

    @Test
    void twentyFlowsPerAccountAndRegionThenCreateFlow420Exception() {
        MediaConnectClient mc = server.mediaConnect();
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            arns.add(mc.createFlow(rtpFlow("f" + i, port()).build()).flow().flowArn());
        }
        String message = fails(
                "CreateFlow420Exception",
                420,
                () -> mc.createFlow(rtpFlow("one-too-many", port()).build()));
        assertTrue(message.contains("20 flows"), message);
        assertTrue(!message.contains("111122223333") && !message.contains("000000000000"), message);
        server.mediaConnect(OTHER_KEY)
                .createFlow(rtpFlow("another-account", port()).build());

        mc.deleteFlow(r -> r.flowArn(arns.get(0)));
        mc.createFlow(rtpFlow("in-its-place", port()).build());
        fails(
                "CreateFlow420Exception",
                420,
                () -> mc.createFlow(rtpFlow("still-too-many", port()).build()));
    }

    @Test
    void theQuotasFileChangesOneAccountsLimits() {
        MediaConnectClient small = server.mediaConnect(SMALL_KEY);
        String arn = small.createFlow(
                        rtpFlow("a", port()).outputs(rtpOutput("o", 5000)).build())
                .flow()
                .flowArn();
        small.createFlow(rtpFlow("b", port()).build());
        fails(
                "CreateFlow420Exception",
                420,
                () -> small.createFlow(rtpFlow("c", port()).build()));
        fails(
                "AddFlowOutputs420Exception",
                420,
                () -> small.addFlowOutputs(r -> r.flowArn(arn).outputs(rtpOutput("p", 5002))));
        fails(
                "CreateFlow420Exception",
                420,
                () -> small.createFlow(rtpFlow("wide", port())
                        .outputs(rtpOutput("x", 5000), rtpOutput("y", 5002))
                        .build()));
    }

    @Test
    void fiftyEntitlementsPerFlow() {
        MediaConnectClient mc = server.mediaConnect();
        String arn = mc.createFlow(rtpFlow("granting", port()).build()).flow().flowArn();
        mc.grantFlowEntitlements(r -> r.flowArn(arn).entitlements(grants(0, 50)));
        fails(
                "GrantFlowEntitlements420Exception",
                420,
                () -> mc.grantFlowEntitlements(r -> r.flowArn(arn).entitlements(grants(50, 51))));
    }

    private static List<GrantEntitlementRequest> grants(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> GrantEntitlementRequest.builder()
                        .name("e" + i)
                        .subscribers("111122223333")
                        .build())
                .toList();
    }
}
