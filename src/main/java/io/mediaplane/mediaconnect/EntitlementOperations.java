package io.mediaplane.mediaconnect;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.mediaconnect.ChildOperationShapes.GrantFlowEntitlementsRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.GrantFlowEntitlementsResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListEntitlementsRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListEntitlementsResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.RevokeFlowEntitlementRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.RevokeFlowEntitlementResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowEntitlementRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowEntitlementResponse;
import io.mediaplane.mediaconnect.RequestShapes.GrantEntitlementRequest;
import io.mediaplane.mediaconnect.ResourceShapes.Entitlement;
import io.mediaplane.mediaconnect.ResourceShapes.ListedEntitlement;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GrantFlowEntitlements, RevokeFlowEntitlement, UpdateFlowEntitlement and ListEntitlements (the
 * entitlements granted <em>to</em> the caller's account, from any account's flows in the region).
 */
record EntitlementOperations(
        Flows flows, FlowRunner runner, EntitlementLinks links, FlowQuota quota, PageTokens tokens) {
    private static final int DEFAULT_PAGE = 20;

    GrantFlowEntitlementsResponse grantFlowEntitlements(RequestContext context, GrantFlowEntitlementsRequest in) {
        Scope scope = Flows.scope(context);
        List<Entitlement> granted = new ArrayList<>();
        flows.change(context, in.flowArn(), current -> {
            quota.entitlements(
                    scope,
                    current.entitlements().size() + in.entitlements().size(),
                    in.entitlements().size(),
                    MediaConnectError.GRANT_FLOW_ENTITLEMENTS_420);
            List<Entitlement> all = new ArrayList<>(current.entitlements());
            granted.clear();
            for (GrantEntitlementRequest r : in.entitlements()) {
                Entitlement e = unique(all, Parts.entitlement(scope, current.key(), null, r));
                all.add(e);
                granted.add(e);
            }
            return current.withEntitlements(all, current.entitlementFlows());
        });
        return new GrantFlowEntitlementsResponse(List.copyOf(granted), in.flowArn());
    }

    RevokeFlowEntitlementResponse revokeFlowEntitlement(RequestContext context, RevokeFlowEntitlementRequest in) {
        Arns.parse(in.entitlementArn(), "entitlement", "entitlementArn");
        String[] user = new String[1];
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            Entitlement e = require(current, in.entitlementArn());
            user[0] = current.entitlementFlows().get(in.entitlementArn());
            List<Entitlement> rest = new ArrayList<>(current.entitlements());
            rest.remove(e);
            FlowRecord unlinked = EntitlementLinks.unlinked(current, in.entitlementArn());
            return unlinked.withEntitlements(rest, unlinked.entitlementFlows());
        });
        runner.update(Flows.scope(context), f);
        links.cutOff(user[0], "Entitlement " + in.entitlementArn() + " was revoked by its owner", context.received());
        return new RevokeFlowEntitlementResponse(in.entitlementArn(), in.flowArn());
    }

    UpdateFlowEntitlementResponse updateFlowEntitlement(RequestContext context, UpdateFlowEntitlementRequest in) {
        Scope scope = Flows.scope(context);
        Arns.parse(in.entitlementArn(), "entitlement", "entitlementArn");
        Entitlement[] changed = new Entitlement[1];
        String[] dropped = new String[1];
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            Entitlement e = require(current, in.entitlementArn());
            GrantEntitlementRequest was = Parts.asRequest(e);
            Entitlement next = Parts.entitlement(
                    scope,
                    current.key(),
                    e.entitlementArn(),
                    new GrantEntitlementRequest(
                            was.dataTransferSubscriberFeePercent(),
                            Parts.first(in.description(), was.description()),
                            Parts.first(in.encryption(), was.encryption()),
                            Parts.first(in.entitlementStatus(), was.entitlementStatus()),
                            e.name(),
                            Parts.first(in.subscribers(), was.subscribers()),
                            Members.merge(was.other(), in.other())));
            changed[0] = next;
            List<Entitlement> all = Parts.replaced(
                    current.entitlements(), current.entitlements().indexOf(e), next);
            FlowRecord updated = current.withEntitlements(all, current.entitlementFlows());
            String user = current.entitlementFlows().get(e.entitlementArn());
            dropped[0] = null;
            if (user != null
                    && !next.subscribers()
                            .contains(
                                    Arns.parse(user, "flow", "flowArn").scope().accountId())) {
                dropped[0] = user;
                return EntitlementLinks.unlinked(updated, e.entitlementArn());
            }
            return updated.withOutputs(updated.outputs().stream()
                    .map(o -> e.entitlementArn().equals(o.entitlementArn()) ? withEncryption(o, next) : o)
                    .toList());
        });
        runner.update(scope, f);
        links.cutOff(
                dropped[0],
                "This account was removed from the subscribers of entitlement " + in.entitlementArn(),
                context.received());
        return new UpdateFlowEntitlementResponse(changed[0], in.flowArn());
    }

    private static Output withEncryption(Output o, Entitlement e) {
        return new Output(
                e.dataTransferSubscriberFeePercent(),
                o.description(),
                o.destination(),
                e.encryption(),
                o.entitlementArn(),
                o.mediaLiveInputArn(),
                o.name(),
                o.outputArn(),
                o.port(),
                o.transport(),
                o.other());
    }

    ListEntitlementsResponse listEntitlements(RequestContext context, ListEntitlementsRequest in) {
        String listing = "mediaconnect/ListEntitlements/" + context.accountId() + "/" + context.region();
        String after = null;
        if (in.nextToken() != null) {
            try {
                after = tokens.open(listing, in.nextToken());
            } catch (IllegalArgumentException e) {
                throw FlowRules.bad(e.getMessage());
            }
        }
        List<ListedEntitlement> granted = new ArrayList<>();
        for (Flows.Located l : flows.everywhere(context.received())) {
            if (!l.scope().region().equals(context.region())
                    || l.flow().lifecycle().deleteRequestedAtMillis() != null) {
                continue;
            }
            for (Entitlement e : l.flow().entitlements()) {
                if (e.subscribers().contains(context.accountId())
                        && (after == null || e.entitlementArn().compareTo(after) > 0)) {
                    granted.add(
                            new ListedEntitlement(e.dataTransferSubscriberFeePercent(), e.entitlementArn(), e.name()));
                }
            }
        }
        granted.sort(Comparator.comparing(ListedEntitlement::entitlementArn));
        int limit = in.maxResults() == null ? DEFAULT_PAGE : in.maxResults();
        if (granted.size() <= limit) {
            return new ListEntitlementsResponse(granted, null);
        }
        List<ListedEntitlement> page = List.copyOf(granted.subList(0, limit));
        return new ListEntitlementsResponse(
                page, tokens.issue(listing, page.get(limit - 1).entitlementArn()));
    }

    private static Entitlement require(FlowRecord f, String entitlementArn) {
        return EntitlementLinks.find(f, entitlementArn).orElseThrow(() -> Arns.notFound("entitlement", entitlementArn));
    }

    /** {@code e} if no entitlement in {@code all} has its name yet. */
    static Entitlement unique(List<Entitlement> all, Entitlement e) {
        if (all.stream().anyMatch(x -> x.name().equals(e.name()))) {
            throw FlowRules.bad(
                    "Entitlement names must be unique within a flow: there is already an entitlement named '" + e.name()
                            + "'");
        }
        return e;
    }
}
