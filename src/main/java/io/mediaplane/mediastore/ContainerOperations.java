package io.mediaplane.mediastore;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.aws.Tags;
import io.mediaplane.config.Quota;
import io.mediaplane.config.Quotas;
import io.mediaplane.mediastore.ContainerShapes.Container;
import io.mediaplane.mediastore.ContainerShapes.ContainerNameInput;
import io.mediaplane.mediastore.ContainerShapes.ContainerStatus;
import io.mediaplane.mediastore.ContainerShapes.CreateContainerInput;
import io.mediaplane.mediastore.ContainerShapes.CreateContainerOutput;
import io.mediaplane.mediastore.ContainerShapes.DescribeContainerInput;
import io.mediaplane.mediastore.ContainerShapes.DescribeContainerOutput;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.mediastore.ContainerShapes.ListContainersInput;
import io.mediaplane.mediastore.ContainerShapes.ListContainersOutput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CreateContainer, DeleteContainer, DescribeContainer and ListContainers. */
final class ContainerOperations {
    private static final int DEFAULT_PAGE = 100;
    private static final char[] ENDPOINT_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Containers containers;
    private final PageTokens tokens;
    private final Quotas quotas;

    ContainerOperations(Containers containers, PageTokens tokens, Quotas quotas) {
        this.containers = containers;
        this.tokens = tokens;
        this.quotas = quotas;
    }

    CreateContainerOutput createContainer(RequestContext context, CreateContainerInput input) {
        Scope scope = Containers.scope(context);
        Map<String, String> tags = Tags.merge(Map.of(), TagOperations.toMap(input.tags()), MediaStoreError::validation);
        Optional<Stored<ContainerRecord>> existing = containers.find(scope, input.containerName(), context.received());
        if (existing.isPresent()) {
            throw new AwsException(
                    MediaStoreError.CONTAINER_IN_USE, "Container " + input.containerName() + " already exists");
        }
        int limit = quotas.limit(Quota.MEDIASTORE_CONTAINERS, scope.accountId());
        if (containers.table().count(scope) >= limit
                && liveContainers(scope, context).size() >= limit) {
            throw new AwsException(
                    MediaStoreError.LIMIT_EXCEEDED,
                    "This account already has " + limit + " containers in " + scope.region()
                            + ", the most it may have");
        }
        ContainerRecord record = new ContainerRecord(
                input.containerName(),
                endpointId(),
                context.received().toEpochMilli(),
                null,
                false,
                PolicyOperations.defaultPolicy(scope, input.containerName()),
                null,
                null,
                null,
                null,
                tags);
        String arn = Containers.arn(scope, input.containerName());
        while (!containers.table().insert(scope, record.name(), arn, record.endpointId(), context.received(), record)) {
            if (containers.table().get(scope, record.name()).isPresent()) {
                throw new AwsException(
                        MediaStoreError.CONTAINER_IN_USE, "Container " + input.containerName() + " already exists");
            }
            record = new ContainerRecord(
                    record.name(),
                    endpointId(),
                    record.createdAtMillis(),
                    null,
                    false,
                    record.policy(),
                    null,
                    null,
                    null,
                    null,
                    tags);
        }
        ContainerStatus status = containers.status(record, context.received()).orElseThrow();
        return new CreateContainerOutput(containers.view(scope, record, status));
    }

    EmptyOutput deleteContainer(RequestContext context, ContainerNameInput input) {
        Scope scope = Containers.scope(context);
        long now = context.received().toEpochMilli();
        Stored<ContainerRecord> deleted = containers
                .table()
                .update(scope, input.containerName(), current -> {
                    ContainerStatus status = containers
                            .status(current, context.received())
                            .orElseThrow(() -> Containers.notFound(input.containerName()));
                    if (status != ContainerStatus.ACTIVE) {
                        throw new AwsException(
                                MediaStoreError.CONTAINER_IN_USE,
                                "Container " + input.containerName() + " is " + status + " and cannot be deleted now");
                    }
                    if (containers.holdsObjects(current)) {
                        throw new AwsException(
                                MediaStoreError.CONTAINER_IN_USE,
                                "Container " + input.containerName()
                                        + " still holds objects; delete every object in it (and in its folders) first: only empty"
                                        + " containers can be deleted");
                    }
                    return current.withDeleteRequestedAt(now);
                })
                .orElseThrow(() -> Containers.notFound(input.containerName()));
        if (containers.status(deleted.value(), context.received()).isEmpty()) {
            containers.table().delete(scope, deleted.name(), deleted.version()); // no transition time: gone now
        }
        return new EmptyOutput();
    }

    DescribeContainerOutput describeContainer(RequestContext context, DescribeContainerInput input) {
        if (input.containerName() == null) {
            throw new AwsException(
                    MediaStoreError.VALIDATION, "ContainerName is required: name the container to" + " describe");
        }
        Scope scope = Containers.scope(context);
        ContainerRecord c = containers.require(context, input.containerName()).value();
        return new DescribeContainerOutput(containers.view(
                scope, c, containers.status(c, context.received()).orElseThrow()));
    }

    ListContainersOutput listContainers(RequestContext context, ListContainersInput input) {
        Scope scope = Containers.scope(context);
        String listing = "mediastore/ListContainers/" + scope.accountId() + "/" + scope.region();
        String after = null;
        if (input.nextToken() != null) {
            try {
                after = tokens.open(listing, input.nextToken());
            } catch (IllegalArgumentException e) {
                throw new AwsException(MediaStoreError.VALIDATION, e.getMessage());
            }
        }
        int limit = input.maxResults() == null ? DEFAULT_PAGE : input.maxResults();
        List<Container> page = new ArrayList<>();
        String cursor = after;
        String lastReturned = after;
        boolean more = false;
        scan:
        while (true) {
            List<Stored<ContainerRecord>> batch = containers.table().list(scope, cursor, limit + 1);
            for (Stored<ContainerRecord> s : batch) {
                cursor = s.name();
                Optional<ContainerStatus> status = containers.status(s.value(), context.received());
                if (status.isEmpty()) {
                    containers.table().delete(scope, s.name(), s.version());
                    continue;
                }
                if (page.size() == limit) {
                    more = true;
                    break scan;
                }
                page.add(containers.view(scope, s.value(), status.get()));
                lastReturned = s.name();
            }
            if (batch.size() < limit + 1) {
                break;
            }
        }
        return new ListContainersOutput(page, more ? tokens.issue(listing, lastReturned) : null);
    }

    private List<Stored<ContainerRecord>> liveContainers(Scope scope, RequestContext context) {
        List<Stored<ContainerRecord>> live = new ArrayList<>();
        for (Stored<ContainerRecord> s : containers.table().list(scope, null, 10_000)) {
            if (containers.status(s.value(), context.received()).isPresent()) {
                live.add(s);
            }
        }
        return live;
    }

    private static String endpointId() {
        char[] id = new char[14];
        for (int i = 0; i < id.length; i++) {
            id[i] = ENDPOINT_CHARS[RANDOM.nextInt(ENDPOINT_CHARS.length)];
        }
        return new String(id);
    }
}
