package io.mediaplane.mediastore;

import io.mediaplane.aws.Arn;
import io.mediaplane.mediastore.ContainerShapes.Container;
import io.mediaplane.mediastore.ContainerShapes.ContainerStatus;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Aliased;
import io.mediaplane.store.Database;
import io.mediaplane.store.ReadCache;
import io.mediaplane.store.ResourceTable;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The containers of every account: lookups that answer MediaStore's own errors, and the status
 * life cycle CREATING -> ACTIVE, then DELETING -> gone, each step taking the configured
 * transition time. Status is derived from timestamps, so it survives restarts without a
 * background job; containers whose deletion has finished are purged when next touched.
 */
public final class Containers {
    static final String KIND = "mediastore/container";

    private final ResourceTable<ContainerRecord> table;
    private final Duration transition;
    private final String dataEndpointBase;
    private final Predicate<String> holdsObjects;
    /**
     * Containers by data endpoint id, for the data plane's every request. This node's control
     * plane writes empty it at once; another node's writes (several nodes on one PostgreSQL) show
     * within a second, well inside the minutes AWS says policy changes take to apply.
     */
    private final ReadCache<String, Aliased<ContainerRecord>> byEndpoint = new ReadCache<>(1_000_000_000L, 10_000);

    /**
     * @param transition       how long CREATING and DELETING last
     * @param dataEndpointBase the public URL under which container data endpoints live
     * @param holdsObjects     whether the container with this endpoint id still holds objects
     *                         (DeleteContainer refuses those)
     */
    public Containers(Database db, Duration transition, String dataEndpointBase, Predicate<String> holdsObjects) {
        this.table = new ResourceTable<>(db, KIND, ContainerRecord.class);
        this.transition = transition;
        this.dataEndpointBase = dataEndpointBase;
        this.holdsObjects = holdsObjects;
        table.onWrite(byEndpoint::invalidateAll);
    }

    /** A container found through its data endpoint, with the scope (owner account, region) it lives in. */
    public record Located(Scope scope, ContainerRecord container) {
        public String arn() {
            return Containers.arn(scope, container.name());
        }
    }

    /**
     * The container whose data endpoint has this id, if it is ACTIVE now: only ACTIVE containers
     * serve data, as on AWS, where the endpoint appears with the ACTIVE status.
     */
    public Optional<Located> activeByEndpoint(String endpointId, Instant now) {
        return byEndpoint
                .get(endpointId, table::findByAlias)
                .filter(found -> status(found.stored().value(), now).orElse(null) == ContainerStatus.ACTIVE)
                .map(found -> new Located(found.scope(), found.stored().value()));
    }

    /** Every container, in any account and region, that is ACTIVE now and passes the filter: for background jobs. */
    public List<ContainerRecord> active(Instant now, Predicate<ContainerRecord> filter) {
        List<ContainerRecord> out = new ArrayList<>();
        String after = null;
        while (true) {
            List<Stored<ContainerRecord>> page = table.listAll(after, 500);
            for (Stored<ContainerRecord> s : page) {
                if (status(s.value(), now).orElse(null) == ContainerStatus.ACTIVE && filter.test(s.value())) {
                    out.add(s.value());
                }
            }
            if (page.size() < 500) {
                return out;
            }
            after = page.get(page.size() - 1).arn();
        }
    }

    boolean holdsObjects(ContainerRecord c) {
        return holdsObjects.test(c.endpointId());
    }

    ResourceTable<ContainerRecord> table() {
        return table;
    }

    static Scope scope(RequestContext context) {
        return new Scope(context.accountId(), context.region());
    }

    static String arn(Scope scope, String name) {
        return Arn.of("mediastore", scope.region(), scope.accountId(), "container/" + name)
                .toString();
    }

    /** The container's status now, or empty once its deletion has finished. */
    Optional<ContainerStatus> status(ContainerRecord c, Instant now) {
        long at = now.toEpochMilli();
        if (c.deleteRequestedAtMillis() != null) {
            return at - c.deleteRequestedAtMillis() < transition.toMillis()
                    ? Optional.of(ContainerStatus.DELETING)
                    : Optional.empty();
        }
        return Optional.of(
                at - c.createdAtMillis() < transition.toMillis() ? ContainerStatus.CREATING : ContainerStatus.ACTIVE);
    }

    /** The wire view of a stored container (Endpoint only once ACTIVE). */
    Container view(Scope scope, ContainerRecord c, ContainerStatus status) {
        String endpoint = status == ContainerStatus.ACTIVE ? dataEndpointBase + "/" + c.endpointId() : null;
        return new Container(
                endpoint,
                Instant.ofEpochMilli(c.createdAtMillis()),
                arn(scope, c.name()),
                c.name(),
                status,
                c.accessLoggingEnabled());
    }

    /** A container that exists (in any status), or empty; finished deletions are purged on the way. */
    Optional<Stored<ContainerRecord>> find(Scope scope, String name, Instant now) {
        Optional<Stored<ContainerRecord>> found = table.get(scope, name);
        if (found.isPresent() && status(found.get().value(), now).isEmpty()) {
            table.delete(scope, name, found.get().version());
            return Optional.empty();
        }
        return found;
    }

    /** The container, or ContainerNotFoundException. */
    Stored<ContainerRecord> require(RequestContext context, String name) {
        return find(scope(context), name, context.received()).orElseThrow(() -> notFound(name));
    }

    /**
     * Changes an ACTIVE container. A container still being created or being deleted answers
     * ContainerInUseException, as AWS does while a container is not ready.
     */
    ContainerRecord updateActive(RequestContext context, String name, UnaryOperator<ContainerRecord> change) {
        Scope scope = scope(context);
        return table.update(scope, name, current -> {
                    requireActive(current, context.received());
                    return change.apply(current);
                })
                .map(Stored::value)
                .orElseThrow(() -> notFound(name));
    }

    /**
     * The container's settings for a read-only call: a container still CREATING answers with what
     * is stored (its tags, and the default policy it was created with); one being deleted is in use.
     */
    ContainerRecord requireReadable(RequestContext context, String name) {
        ContainerRecord c = require(context, name).value();
        if (status(c, context.received()).orElse(null) == ContainerStatus.DELETING) {
            requireActive(c, context.received());
        }
        return c;
    }

    private void requireActive(ContainerRecord c, Instant now) {
        ContainerStatus status = status(c, now).orElseThrow(() -> notFound(c.name()));
        if (status != ContainerStatus.ACTIVE) {
            throw new AwsException(
                    MediaStoreError.CONTAINER_IN_USE,
                    "Container " + c.name() + " is " + status + "; try again once it is ACTIVE");
        }
    }

    static AwsException notFound(String name) {
        return new AwsException(MediaStoreError.CONTAINER_NOT_FOUND, "Container " + name + " does not exist");
    }
}
