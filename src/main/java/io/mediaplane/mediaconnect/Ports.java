package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.ResourceShapes.Source;
import io.mediaplane.store.Scope;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Ingest ports are the server's, not an account's: one UDP port can feed one flow only, whoever
 * owns it. Port-changing writes run one at a time here, after checking every other flow's ports.
 */
final class Ports {
    private final Flows flows;

    Ports(Flows flows) {
        this.flows = flows;
    }

    /** Checks that {@code candidate}'s ingest ports are free, then runs {@code write} before anyone else may check. */
    synchronized <T> T claim(Scope scope, FlowRecord candidate, Instant now, Supplier<T> write) {
        Set<Integer> wanted = new HashSet<>();
        for (Source s : candidate.sources()) {
            for (int p : used(s)) {
                if (!wanted.add(p)) {
                    throw FlowRules.bad("The flow's sources both use port " + p + "; give each source its own ports");
                }
            }
        }
        if (!wanted.isEmpty()) {
            for (Flows.Located other : flows.everywhere(now)) {
                if (other.scope().equals(scope) && other.flow().key().equals(candidate.key())
                        || other.flow().lifecycle().deleteRequestedAtMillis() != null) {
                    continue;
                }
                for (Source s : other.flow().sources()) {
                    for (int p : used(s)) {
                        if (wanted.contains(p)) {
                            // another account's flow is not the caller's to learn of: only that the port is taken
                            throw FlowRules.bad(
                                    other.scope().accountId().equals(scope.accountId())
                                            ? "Ingest port " + p + " on " + flows.mediaAddress() + " is already used by"
                                                    + " another flow of this account; choose another ingestPort"
                                            : "Ingest port " + p + " on " + flows.mediaAddress() + " is not available;"
                                                    + " choose another ingestPort");
                        }
                    }
                }
            }
        }
        return write.get();
    }

    private static int[] used(Source s) {
        if (s.entitlementArn() != null || s.ingestPort() == null || s.transport() == null) {
            return new int[0];
        }
        return FlowRules.ports(s.transport().protocol(), s.ingestPort());
    }
}
