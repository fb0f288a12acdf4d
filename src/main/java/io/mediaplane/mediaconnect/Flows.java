package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.FlowRecord.Lifecycle;
import io.mediaplane.mediaconnect.ResourceShapes.Flow;
import io.mediaplane.mediaconnect.ResourceShapes.Source;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Database;
import io.mediaplane.store.ResourceTable;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The flows of every account: lookups by ARN that answer MediaConnect's own errors, and the status
 * life cycle. Status is derived from the stored timestamps and the configured transition time
 * (STARTING, STOPPING, UPDATING and DELETING each last one transition), so it survives restarts
 * without a background job; flows whose deletion has finished are purged when next touched.
 */
final class Flows {
    static final String KIND = "mediaconnect/flow";
    private static final int SCAN_PAGE = 500;

    private final ResourceTable<FlowRecord> table;
    private final Duration transition;
    private final IngestAddresses addresses;

    /**
     * @param transition how long STARTING, STOPPING, UPDATING and DELETING last
     * @param addresses  where flows ingest (a source's {@code ingestIp}; the shared one is every flow's {@code egressIp})
     */
    Flows(Database db, Duration transition, IngestAddresses addresses) {
        this.table = new ResourceTable<>(db, KIND, FlowRecord.class);
        this.transition = transition;
        this.addresses = addresses;
    }

    ResourceTable<FlowRecord> table() {
        return table;
    }

    IngestAddresses addresses() {
        return addresses;
    }

    static Scope scope(RequestContext context) {
        return new Scope(context.accountId(), context.region());
    }

    static String arn(Scope scope, FlowRecord f) {
        return Arns.arn(scope, "flow", f.id(), f.name());
    }

    /** The flow's status now, or empty once its deletion has finished. */
    Optional<FlowStatus> status(FlowRecord f, Instant now) {
        long at = now.toEpochMilli();
        long t = transition.toMillis();
        Lifecycle l = f.lifecycle();
        if (l.deleteRequestedAtMillis() != null) {
            return at - l.deleteRequestedAtMillis() < t ? Optional.of(FlowStatus.DELETING) : Optional.empty();
        }
        boolean updating = l.updatedAtMillis() != null && at - l.updatedAtMillis() < t;
        if (l.running()) {
            if (at - l.startedAtMillis() < t) {
                return Optional.of(FlowStatus.STARTING);
            }
            return Optional.of(
                    l.error() != null ? FlowStatus.ERROR : updating ? FlowStatus.UPDATING : FlowStatus.ACTIVE);
        }
        if (l.stoppedAtMillis() != null && at - l.stoppedAtMillis() < t) {
            return Optional.of(FlowStatus.STOPPING);
        }
        return Optional.of(updating ? FlowStatus.UPDATING : FlowStatus.STANDBY);
    }

    /** The wire view of a stored flow, its sources at the address they receive on now. */
    Flow view(Scope scope, FlowRecord f, FlowStatus status) {
        List<Source> sources = new ArrayList<>();
        for (Source s : f.sources()) {
            sources.add(s.ingestIp() == null ? s : Parts.at(s, addresses.effective(s.ingestIp())));
        }
        return new Flow(
                f.availabilityZone(),
                f.description(),
                addresses.shared(),
                f.entitlements(),
                arn(scope, f),
                f.name(),
                f.outputs(),
                sources.get(0),
                sources.size() > 1 ? sources : null,
                status.name(),
                f.other());
    }

    /** The address a flow's sources receive on (all of them share the flow's), as stored. */
    static String ingestIp(FlowRecord f) {
        for (Source s : f.sources()) {
            if (s.ingestIp() != null) {
                return s.ingestIp();
            }
        }
        return null;
    }

    /** A flow that exists (in any status), or empty; finished deletions are purged on the way. */
    Optional<Stored<FlowRecord>> find(Scope scope, String key, Instant now) {
        Optional<Stored<FlowRecord>> found = table.get(scope, key);
        if (found.isPresent() && status(found.get().value(), now).isEmpty()) {
            table.delete(scope, key, found.get().version());
            return Optional.empty();
        }
        return found;
    }

    /** The flow an ARN names, in the caller's account and region, or NotFoundException. */
    Stored<FlowRecord> require(RequestContext context, String flowArn) {
        Arns.Parsed parsed = Arns.parse(flowArn, "flow", "flowArn");
        return find(parsed, context)
                .filter(s -> flowArn.equals(arn(parsed.scope(), s.value())))
                .orElseThrow(() -> Arns.notFound("flow", flowArn));
    }

    /** The flow a part's ARN (source, output, entitlement) belongs to, in the caller's scope. */
    Optional<Stored<FlowRecord>> find(Arns.Parsed parsed, RequestContext context) {
        if (!parsed.scope().equals(scope(context))) {
            return Optional.empty();
        }
        return find(parsed.scope(), parsed.flowKey(), context.received());
    }

    /**
     * Changes a flow that is not being deleted; {@code change} may throw to refuse. NotFoundException
     * when the flow is gone.
     */
    FlowRecord change(RequestContext context, String flowArn, UnaryOperator<FlowRecord> change) {
        Stored<FlowRecord> current = require(context, flowArn);
        Scope scope = scope(context);
        return table.update(scope, current.name(), f -> {
                    FlowStatus status = status(f, context.received()).orElseThrow(() -> Arns.notFound("flow", flowArn));
                    if (status == FlowStatus.DELETING) {
                        throw new AwsException(MediaConnectError.BAD_REQUEST, "Flow " + flowArn + " is being deleted");
                    }
                    return change.apply(f);
                })
                .map(Stored::value)
                .orElseThrow(() -> Arns.notFound("flow", flowArn));
    }

    /** Records the runtime's failure on a flow (status ERROR with the message). */
    void fail(Scope scope, String key, String message) {
        table.update(scope, key, f -> f.withLifecycle(f.lifecycle().failed(message)));
    }

    /** Every flow of every account and region that still exists, with the scope its ARN names. */
    List<Located> everywhere(Instant now) {
        List<Located> all = new ArrayList<>();
        String after = null;
        while (true) {
            List<Stored<FlowRecord>> page = table.listAll(after, SCAN_PAGE);
            for (Stored<FlowRecord> s : page) {
                after = s.arn();
                Scope scope = Arns.parse(s.arn(), "flow", "flowArn").scope();
                if (status(s.value(), now).isPresent()) {
                    all.add(new Located(scope, s.value()));
                }
            }
            if (page.size() < SCAN_PAGE) {
                return all;
            }
        }
    }

    /** A flow with the account and region it lives in. */
    record Located(Scope scope, FlowRecord flow) {
        String arn() {
            return Flows.arn(scope, flow);
        }
    }
}
