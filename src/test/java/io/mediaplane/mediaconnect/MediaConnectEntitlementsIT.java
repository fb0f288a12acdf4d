package io.mediaplane.mediaconnect;

import static io.mediaplane.mediaconnect.FlowFixtures.create;
import static io.mediaplane.mediaconnect.FlowFixtures.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.mediaconnect.relay.FlowPlan;
import io.mediaplane.support.LiveServer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.Entitlement;
import software.amazon.awssdk.services.mediaconnect.model.EntitlementStatus;
import software.amazon.awssdk.services.mediaconnect.model.Flow;
import software.amazon.awssdk.services.mediaconnect.model.GrantEntitlementRequest;
import software.amazon.awssdk.services.mediaconnect.model.SourceType;
import software.amazon.awssdk.services.mediaconnect.model.Status;

/**
 * Entitlements across accounts: the originator grants, a subscriber (another access key and
 * account) builds a flow on the entitlement, the originator's flow gets the entitlement's output;
 * revoking or dropping the subscriber cuts the subscriber off.
 */
class MediaConnectEntitlementsIT {
    static final String SUBSCRIBER = "111122223333";
    static final String STRANGER = "444455556666";
    static final String ROLE = "arn:aws:iam::000000000000:role/MediaConnectAccess";
    static final String SECRET = "arn:aws:secretsmanager:us-east-1:000000000000:secret:entitlement-key";

    static final String SUBSCRIBER_KEY = "AKIDSUBSCRIBER000001";
    static final String STRANGER_KEY = "AKIDSTRANGER00000001";

    @RegisterExtension
    final LiveServer server = LiveServer.create()
            .withAccount(SUBSCRIBER_KEY, "sub-secret", SUBSCRIBER)
            .withAccount(STRANGER_KEY, "stranger-secret", STRANGER);

    MediaConnectClient owner() {
        return server.mediaConnect();
    }

    MediaConnectClient subscriber() {
        return server.mediaConnect(SUBSCRIBER_KEY);
    }

    MediaConnectClient stranger() {
        return server.mediaConnect(STRANGER_KEY);
    }

    Entitlement grant(String flowArn, String name) {
        return owner().grantFlowEntitlements(r -> r.flowArn(flowArn)
                        .entitlements(GrantEntitlementRequest.builder()
                                .name(name)
                                .subscribers(SUBSCRIBER)
                                .description("for the partner")
                                .dataTransferSubscriberFeePercent(10)
                                .encryption(
                                        e -> e.algorithm("aes128").roleArn(ROLE).secretArn(SECRET))
                                .build()))
                .entitlements()
                .get(0);
    }

    Flow subscribe(String entitlementArn, String name) {
        return subscriber()
                .createFlow(r -> r.name(name).source(s -> s.name("from-partner").entitlementArn(entitlementArn)))
                .flow();
    }

    @Test
    void subscriberBuildsAFlowOnTheEntitlementAndTheOriginatorFeedsIt() {
        String origin = create(owner(), "origin").flowArn();
        Entitlement e = grant(origin, "partner");
        assertTrue(e.entitlementArn().matches("arn:aws:mediaconnect:us-east-1:000000000000:entitlement:4-.*:partner"));
        assertEquals(EntitlementStatus.ENABLED, e.entitlementStatus());
        assertEquals("static-key", e.encryption().keyTypeAsString());
        assertEquals(
                List.of(e), owner().describeFlow(r -> r.flowArn(origin)).flow().entitlements());

        var listed = subscriber().listEntitlements(r -> {}).entitlements();
        assertEquals(1, listed.size());
        assertEquals(e.entitlementArn(), listed.get(0).entitlementArn());
        assertEquals("partner", listed.get(0).entitlementName());
        assertTrue(owner().listEntitlements(r -> {}).entitlements().isEmpty(), "granted to others, not to the owner");

        fails(
                "ForbiddenException",
                403,
                () -> stranger().createFlow(r -> r.name("x").source(s -> s.entitlementArn(e.entitlementArn()))));
        Flow sub = subscribe(e.entitlementArn(), "received");
        assertTrue(sub.flowArn().startsWith("arn:aws:mediaconnect:us-east-1:" + SUBSCRIBER + ":flow:"));
        assertEquals(e.entitlementArn(), sub.source().entitlementArn());
        assertNull(sub.source().ingestPort());
        assertEquals(
                SourceType.ENTITLED,
                subscriber().listFlows(r -> {}).flows().get(0).sourceType());
        fails("BadRequestException", 400, () -> subscribe(e.entitlementArn(), "second-use"));

        var outputs = owner().describeFlow(r -> r.flowArn(origin)).flow().outputs();
        assertEquals(1, outputs.size());
        assertEquals(e.entitlementArn(), outputs.get(0).entitlementArn());
        fails(
                "BadRequestException",
                400,
                () -> owner().removeFlowOutput(
                                r -> r.flowArn(origin).outputArn(outputs.get(0).outputArn())));
        fails(
                "BadRequestException",
                400,
                () -> owner().updateFlowOutput(r ->
                        r.flowArn(origin).outputArn(outputs.get(0).outputArn()).port(7000)));

        owner().startFlow(r -> r.flowArn(origin));
        subscriber().startFlow(r -> r.flowArn(sub.flowArn()));
        FlowPlan.OutputPlan link =
                server.flowRuntime().plan(origin).orElseThrow().outputs().get(0);
        assertEquals(e.entitlementArn(), link.entitlementArn());
        assertEquals(
                e.entitlementArn(),
                server.flowRuntime()
                        .plan(sub.flowArn())
                        .orElseThrow()
                        .sources()
                        .get(0)
                        .entitlementArn());
        server.settle();
        assertEquals(
                Status.ACTIVE,
                subscriber().describeFlow(r -> r.flowArn(sub.flowArn())).flow().status());

        owner().revokeFlowEntitlement(r -> r.flowArn(origin).entitlementArn(e.entitlementArn()));
        assertTrue(owner().describeFlow(r -> r.flowArn(origin)).flow().outputs().isEmpty());
        assertTrue(server.flowRuntime().plan(origin).orElseThrow().outputs().isEmpty());
        assertFalse(server.flowRuntime().isRunning(sub.flowArn()));
        var cut = subscriber().describeFlow(r -> r.flowArn(sub.flowArn()));
        assertEquals(Status.ERROR, cut.flow().status());
        assertTrue(
                cut.messages().errors().get(0).contains("revoked"),
                cut.messages().toString());
        assertTrue(subscriber().listEntitlements(r -> {}).entitlements().isEmpty());
        fails(
                "NotFoundException",
                404,
                () -> owner().revokeFlowEntitlement(r -> r.flowArn(origin).entitlementArn(e.entitlementArn())));
    }

    @Test
    void droppingTheSubscriberRemovesItsOutputAndDisablingStopsTheLink() {
        String origin = create(owner(), "origin").flowArn();
        Entitlement e = grant(origin, "partner");
        Flow sub = subscribe(e.entitlementArn(), "received");
        owner().startFlow(r -> r.flowArn(origin));
        var disabled = owner().updateFlowEntitlement(r -> r.flowArn(origin)
                        .entitlementArn(e.entitlementArn())
                        .entitlementStatus(EntitlementStatus.DISABLED)
                        .description("paused"))
                .entitlement();
        assertEquals(EntitlementStatus.DISABLED, disabled.entitlementStatus());
        assertEquals("paused", disabled.description());
        assertEquals(List.of(SUBSCRIBER), disabled.subscribers());
        assertTrue(
                server.flowRuntime().plan(origin).orElseThrow().outputs().isEmpty(),
                "a disabled entitlement carries nothing");
        owner().updateFlowEntitlement(r ->
                r.flowArn(origin).entitlementArn(e.entitlementArn()).entitlementStatus(EntitlementStatus.ENABLED));
        assertEquals(
                1, server.flowRuntime().plan(origin).orElseThrow().outputs().size());

        var changed = owner().updateFlowEntitlement(r ->
                        r.flowArn(origin).entitlementArn(e.entitlementArn()).subscribers(STRANGER))
                .entitlement();
        assertEquals(List.of(STRANGER), changed.subscribers());
        assertTrue(owner().describeFlow(r -> r.flowArn(origin)).flow().outputs().isEmpty());
        assertTrue(subscriber()
                .describeFlow(r -> r.flowArn(sub.flowArn()))
                .messages()
                .errors()
                .get(0)
                .contains("removed from the subscribers"));
        fails("ForbiddenException", 403, () -> subscribe(e.entitlementArn(), "again"));
        subscriber().startFlow(r -> r.flowArn(sub.flowArn()));
        server.settle();
        var refused = subscriber().describeFlow(r -> r.flowArn(sub.flowArn()));
        assertEquals(Status.ERROR, refused.flow().status());
        assertTrue(
                refused.messages().errors().get(0).contains("no longer a subscriber"),
                refused.messages().toString());
        assertFalse(server.flowRuntime().isRunning(sub.flowArn()));
    }

    @Test
    void deletingEitherSideUnlinks() {
        String origin = create(owner(), "origin").flowArn();
        Entitlement e = grant(origin, "partner");
        Flow sub = subscribe(e.entitlementArn(), "received");
        subscriber().deleteFlow(r -> r.flowArn(sub.flowArn()));
        assertTrue(owner().describeFlow(r -> r.flowArn(origin)).flow().outputs().isEmpty());
        Flow again = subscribe(e.entitlementArn(), "received-again");
        owner().deleteFlow(r -> r.flowArn(origin));
        server.settle();
        var orphan = subscriber().describeFlow(r -> r.flowArn(again.flowArn()));
        assertTrue(
                orphan.messages().errors().get(0).contains("deleted"),
                orphan.messages().toString());
        subscriber().startFlow(r -> r.flowArn(again.flowArn()));
        server.settle();
        assertEquals(
                Status.ERROR,
                subscriber()
                        .describeFlow(r -> r.flowArn(again.flowArn()))
                        .flow()
                        .status());
        assertFalse(server.flowRuntime().isRunning(again.flowArn()));
    }

    @Test
    void entitlementRulesAndLimits() {
        String origin = create(owner(), "origin").flowArn();
        fails(
                "BadRequestException",
                400,
                () -> owner().grantFlowEntitlements(r -> r.flowArn(origin)
                        .entitlements(
                                GrantEntitlementRequest.builder().name("none").build())));
        fails(
                "BadRequestException",
                400,
                () -> owner().grantFlowEntitlements(r -> r.flowArn(origin)
                        .entitlements(GrantEntitlementRequest.builder()
                                .name("bad")
                                .subscribers("12345")
                                .build())));
        fails(
                "BadRequestException",
                400,
                () -> owner().grantFlowEntitlements(r -> r.flowArn(origin)
                        .entitlements(GrantEntitlementRequest.builder()
                                .name("nokey")
                                .subscribers(SUBSCRIBER)
                                .encryption(x -> x.algorithm("aes128").roleArn(ROLE))
                                .build())));
        fails(
                "BadRequestException",
                400,
                () -> owner().grantFlowEntitlements(r -> r.flowArn(origin)
                        .entitlements(GrantEntitlementRequest.builder()
                                .name("fee")
                                .subscribers(SUBSCRIBER)
                                .dataTransferSubscriberFeePercent(101)
                                .build())));
        grant(origin, "partner");
        fails("BadRequestException", 400, () -> grant(origin, "partner"));
        var many = IntStream.range(0, 49)
                .mapToObj(i -> GrantEntitlementRequest.builder()
                        .name("e" + i)
                        .subscribers(SUBSCRIBER)
                        .build())
                .toList();
        owner().grantFlowEntitlements(r -> r.flowArn(origin).entitlements(many));
        fails("GrantFlowEntitlements420Exception", 420, () -> grant(origin, "fifty-first"));
        assertEquals(
                50,
                owner().describeFlow(r -> r.flowArn(origin))
                        .flow()
                        .entitlements()
                        .size());
        var page = subscriber().listEntitlements(r -> {});
        assertEquals(20, page.entitlements().size(), "ListEntitlements returns 20 per page by default");
        List<String> all = new java.util.ArrayList<>();
        subscriber()
                .listEntitlementsPaginator(r -> r.maxResults(7))
                .entitlements()
                .forEach(x -> all.add(x.entitlementArn()));
        assertEquals(50, all.size());
        assertEquals(50, all.stream().distinct().count());

        String unknown = "arn:aws:mediaconnect:us-east-1:000000000000:entitlement:4-AbCdEfGhIjKlMnOp-0123456789ab:x";
        fails("BadRequestException", 400, () -> subscribe(unknown, "nothing"));
        fails(
                "BadRequestException",
                400,
                () -> subscribe(
                        "arn:aws:mediaconnect:eu-west-1:000000000000:entitlement:"
                                + "4-AbCdEfGhIjKlMnOp-0123456789ab:x",
                        "elsewhere"));
        fails(
                "NotFoundException",
                404,
                () -> owner().revokeFlowEntitlement(r -> r.flowArn(origin).entitlementArn(unknown)));
        fails(
                "NotFoundException",
                404,
                () -> owner().updateFlowEntitlement(
                                r -> r.flowArn(origin).entitlementArn(unknown).description("d")));
        fails(
                "NotFoundException",
                404,
                () -> subscriber()
                        .grantFlowEntitlements(r -> r.flowArn(origin)
                                .entitlements(GrantEntitlementRequest.builder()
                                        .name("theirs")
                                        .subscribers(SUBSCRIBER)
                                        .build())));
    }
}
