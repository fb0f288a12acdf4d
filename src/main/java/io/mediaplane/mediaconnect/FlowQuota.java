package io.mediaplane.mediaconnect;

import io.mediaplane.config.Quota;
import io.mediaplane.config.Quotas;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The quotas on a flow and its parts: flows per account and Region (flows being deleted do not
 * count), outputs and entitlements per flow, each answering the operation's 420 error of the
 * model. Flow creations on this server run one at a time past the count, so a burst of them stops
 * exactly at the quota.
 */
final class FlowQuota {
    private static final int PAGE = 500;

    private final Flows flows;
    private final Quotas quotas;

    FlowQuota(Flows flows, Quotas quotas) {
        this.flows = flows;
        this.quotas = quotas;
    }

    /** Runs {@code create} if the account may have another flow in the Region; CreateFlow420Exception if not. */
    synchronized <T> T admitFlow(Scope scope, Instant now, Supplier<T> create) {
        int limit = quotas.limit(Quota.MEDIACONNECT_FLOWS, scope.accountId());
        if (flows.table().count(scope) >= limit && existing(scope, now) >= limit) {
            throw new AwsException(
                    MediaConnectError.CREATE_FLOW_420,
                    "You have reached the quota of " + limit + " flows per account in " + scope.region()
                            + "; delete flows you no longer use before creating more");
        }
        return create.get();
    }

    private int existing(Scope scope, Instant now) {
        int count = 0;
        String after = null;
        while (true) {
            List<Stored<FlowRecord>> page = flows.table().list(scope, after, PAGE);
            for (Stored<FlowRecord> s : page) {
                after = s.name();
                if (flows.status(s.value(), now).isPresent()
                        && s.value().lifecycle().deleteRequestedAtMillis() == null) {
                    count++;
                }
            }
            if (page.size() < PAGE) {
                return count;
            }
        }
    }

    /** Refuses more than the quota of (non-entitlement) outputs on one flow. */
    void outputs(Scope scope, long total, long adding, ErrorCode error) {
        int limit = quotas.limit(Quota.MEDIACONNECT_OUTPUTS_PER_FLOW, scope.accountId());
        if (total > limit) {
            throw new AwsException(
                    error,
                    "A flow can have at most " + limit + " outputs; this request would give it " + total + " (" + adding
                            + " added)");
        }
    }

    /** Refuses more than the quota of entitlements on one flow. */
    void entitlements(Scope scope, long total, long adding, ErrorCode error) {
        int limit = quotas.limit(Quota.MEDIACONNECT_ENTITLEMENTS_PER_FLOW, scope.accountId());
        if (total > limit) {
            throw new AwsException(
                    error,
                    "A flow can have at most " + limit + " entitlements; this request would give it " + total + " ("
                            + adding + " added)");
        }
    }
}
