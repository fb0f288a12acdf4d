package io.mediaplane.mediaconnect;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.aws.Tags;
import io.mediaplane.mediaconnect.FlowOperationShapes.CreateFlowRequest;
import io.mediaplane.mediaconnect.FlowOperationShapes.CreateFlowResponse;
import io.mediaplane.mediaconnect.FlowOperationShapes.DescribeFlowResponse;
import io.mediaplane.mediaconnect.FlowOperationShapes.FlowArnRequest;
import io.mediaplane.mediaconnect.FlowOperationShapes.FlowStatusResponse;
import io.mediaplane.mediaconnect.FlowOperationShapes.ListFlowsRequest;
import io.mediaplane.mediaconnect.FlowOperationShapes.ListFlowsResponse;
import io.mediaplane.mediaconnect.RequestShapes.AddOutputRequest;
import io.mediaplane.mediaconnect.RequestShapes.GrantEntitlementRequest;
import io.mediaplane.mediaconnect.RequestShapes.SetSourceRequest;
import io.mediaplane.mediaconnect.ResourceShapes.Entitlement;
import io.mediaplane.mediaconnect.ResourceShapes.ListedFlow;
import io.mediaplane.mediaconnect.ResourceShapes.Messages;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.mediaconnect.ResourceShapes.Source;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CreateFlow, DescribeFlow, ListFlows and DeleteFlow. A new flow takes an ingest address of its
 * own while the pool has one ({@link IngestAddresses}); its ports are checked against other flows
 * only when it starts, where two flows on one address and port cannot both run.
 */
record FlowOperations(Flows flows, EntitlementLinks links, FlowQuota quota, PageTokens tokens) {
    private static final int DEFAULT_PAGE = 10;

    CreateFlowResponse createFlow(RequestContext context, CreateFlowRequest in) {
        Scope scope = Flows.scope(context);
        FlowRules.name("flow", in.name());
        List<SetSourceRequest> sourceRequests = sourceRequests(in);
        List<AddOutputRequest> outputRequests = in.outputs() == null ? List.of() : in.outputs();
        List<GrantEntitlementRequest> grants = in.entitlements() == null ? List.of() : in.entitlements();
        quota.outputs(scope, outputRequests.size(), outputRequests.size(), MediaConnectError.CREATE_FLOW_420);
        quota.entitlements(scope, grants.size(), grants.size(), MediaConnectError.CREATE_FLOW_420);
        String key = Arns.newKey();
        List<Source> sources = new ArrayList<>();
        for (SetSourceRequest r : sourceRequests) {
            Source s = Parts.source(
                    scope, key, null, in.name(), r, flows.addresses().shared());
            if (sources.stream().anyMatch(x -> x.name().equals(s.name()))) {
                throw FlowRules.bad("Source names must be unique within a flow: '" + s.name() + "' is used twice");
            }
            sources.add(s);
        }
        FlowRules.distinctPorts(sources);
        List<Output> outputs = new ArrayList<>();
        for (AddOutputRequest r : outputRequests) {
            outputs.add(OutputOperations.unique(outputs, Parts.output(scope, key, null, r)));
        }
        List<Entitlement> entitlements = new ArrayList<>();
        for (GrantEntitlementRequest r : grants) {
            entitlements.add(EntitlementOperations.unique(entitlements, Parts.entitlement(scope, key, null, r)));
        }
        String entitlementArn = sources.get(0).entitlementArn();
        if (entitlementArn != null) {
            links.requireUsable(context, entitlementArn);
        }
        Map<String, String> tags =
                Tags.merge(Map.of(), in.flowTags() == null ? Map.of() : in.flowTags(), MediaConnectError::badRequest);
        FlowRecord record = new FlowRecord(
                key,
                Arns.newId(1, key),
                in.name(),
                context.received().toEpochMilli(),
                FlowRecord.Lifecycle.NEW,
                in.availabilityZone() == null ? scope.region() + "a" : in.availabilityZone(),
                null,
                sources,
                outputs,
                entitlements,
                Map.of(),
                tags,
                in.other());
        FlowRecord placed = quota.admitFlow(scope, context.received(), () -> insert(scope, record, context));
        if (entitlementArn != null) {
            try {
                links.attach(context, entitlementArn, Flows.arn(scope, placed));
            } catch (RuntimeException e) {
                flows.table().delete(scope, key, 1);
                flows.addresses().release(Flows.arn(scope, placed));
                throw e;
            }
        }
        return new CreateFlowResponse(flows.view(
                scope, placed, flows.status(placed, context.received()).orElseThrow()));
    }

    /** Stores a new flow with the ingest address it takes (its own from the pool, or the shared one). */
    private FlowRecord insert(Scope scope, FlowRecord record, RequestContext context) {
        String arn = Flows.arn(scope, record);
        FlowRecord placed = record;
        if (!record.entitled()) {
            String address = flows.addresses().claim(arn);
            List<Source> sources = new ArrayList<>();
            for (Source s : record.sources()) {
                sources.add(Parts.at(s, address));
            }
            placed = record.withSources(sources);
        }
        if (!flows.table().insert(scope, record.key(), arn, null, context.received(), placed)) {
            flows.addresses().release(arn);
            throw new AwsException(MediaConnectError.INTERNAL_SERVER_ERROR, "Could not store the flow; try again");
        }
        return placed;
    }

    private static List<SetSourceRequest> sourceRequests(CreateFlowRequest in) {
        boolean many = in.sources() != null && !in.sources().isEmpty();
        if (in.source() != null && many) {
            throw FlowRules.bad("Give the flow's source either as source or as sources, not both");
        }
        List<SetSourceRequest> list = in.source() != null ? List.of(in.source()) : many ? in.sources() : List.of();
        if (list.isEmpty()) {
            throw FlowRules.bad("A flow needs a source");
        }
        if (list.size() > 2) {
            throw FlowRules.bad("A flow can have at most two sources (for failover); this request has " + list.size());
        }
        if (list.size() == 2 && list.stream().anyMatch(s -> s.entitlementArn() != null)) {
            throw FlowRules.bad("Source failover is not available for a flow whose source is an entitlement");
        }
        return list;
    }

    DescribeFlowResponse describeFlow(RequestContext context, FlowArnRequest in) {
        Stored<FlowRecord> s = flows.require(context, in.flowArn());
        FlowRecord f = s.value();
        FlowStatus status = flows.status(f, context.received()).orElseThrow(() -> Arns.notFound("flow", in.flowArn()));
        String error = f.lifecycle().error();
        return new DescribeFlowResponse(
                flows.view(Flows.scope(context), f, status), error == null ? null : new Messages(List.of(error)));
    }

    ListFlowsResponse listFlows(RequestContext context, ListFlowsRequest in) {
        Scope scope = Flows.scope(context);
        String listing = "mediaconnect/ListFlows/" + scope.accountId() + "/" + scope.region();
        String cursor = in.nextToken() == null ? null : open(listing, in.nextToken());
        int limit = in.maxResults() == null ? DEFAULT_PAGE : in.maxResults();
        List<ListedFlow> page = new ArrayList<>();
        String last = cursor;
        while (true) {
            List<Stored<FlowRecord>> batch = flows.table().list(scope, cursor, limit + 1);
            for (Stored<FlowRecord> s : batch) {
                cursor = s.name();
                var status = flows.status(s.value(), context.received());
                if (status.isEmpty()) {
                    flows.table().delete(scope, s.name(), s.version());
                    continue;
                }
                if (page.size() == limit) {
                    return new ListFlowsResponse(page, tokens.issue(listing, last));
                }
                FlowRecord f = s.value();
                page.add(new ListedFlow(
                        f.availabilityZone(),
                        f.description(),
                        Flows.arn(scope, f),
                        f.name(),
                        f.entitled() ? "ENTITLED" : "OWNED",
                        status.get().name()));
                last = s.name();
            }
            if (batch.size() < limit + 1) {
                return new ListFlowsResponse(page, null);
            }
        }
    }

    private String open(String listing, String token) {
        try {
            return tokens.open(listing, token);
        } catch (IllegalArgumentException e) {
            throw FlowRules.bad(e.getMessage());
        }
    }

    FlowStatusResponse deleteFlow(RequestContext context, FlowArnRequest in) {
        long now = context.received().toEpochMilli();
        FlowRecord f = flows.change(context, in.flowArn(), current -> {
            FlowStatus status = flows.status(current, context.received()).orElseThrow();
            if (current.lifecycle().running()) {
                throw FlowRules.bad(
                        "Flow " + in.flowArn() + " is " + status + "; stop it (StopFlow) before deleting" + " it");
            }
            return current.withLifecycle(current.lifecycle().deleteRequested(now));
        });
        if (f.entitled()) {
            links.detach(f.source().entitlementArn(), context.received());
        }
        flows.addresses().release(in.flowArn());
        f.entitlementFlows()
                .values()
                .forEach(user -> links.cutOff(
                        user,
                        "The flow that entitlement's source belongs" + " to was deleted: " + in.flowArn(),
                        context.received()));
        Scope scope = Flows.scope(context);
        var status = flows.status(f, context.received());
        if (status.isEmpty()) {
            flows.find(scope, f.key(), context.received()); // no transition time: purge now
        }
        return new FlowStatusResponse(in.flowArn(), FlowStatus.DELETING.name());
    }
}
