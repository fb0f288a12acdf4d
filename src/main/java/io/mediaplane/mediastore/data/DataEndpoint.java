package io.mediaplane.mediastore.data;

import io.mediaplane.aws.Echo;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.mediastore.Containers;
import io.mediaplane.mediastore.data.ObjectShapes.GetObjectOutput;
import io.mediaplane.protocol.Answered;
import io.mediaplane.protocol.Authorization;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.Endpoint;
import io.mediaplane.protocol.EndpointAddress;
import io.mediaplane.protocol.Intercept;
import io.mediaplane.protocol.Mount;
import io.mediaplane.protocol.RequestHead;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.protocol.StagedBody;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every container's data endpoint, as hooks on the one request pipeline: the address names an
 * ACTIVE container, CORS answers preflights and adds its headers, paths keep MediaStore's rules,
 * the container policy authorizes, bodies whose signature needs their hash are staged as blobs,
 * and {@link DataRequestListener}s hear about every finished request.
 */
public final class DataEndpoint implements Endpoint<Containers.Located> {
    private static final Logger LOG = LoggerFactory.getLogger(DataEndpoint.class);
    /** The path prefix DescribeContainer's Endpoint names, followed by the container's endpoint id. */
    public static final String PATH_PREFIX = "/mediastore-data";

    static final Mount MOUNT = Mount.pathPrefix(PATH_PREFIX + "/").orHost(".data.mediastore.");

    private final Containers containers;
    private final ObjectStore store;
    private final List<DataRequestListener> listeners;
    private final ServiceSpec spec;
    private final DataAccess access = new DataAccess();

    public DataEndpoint(
            Containers containers, ObjectStore store, PageTokens tokens, List<DataRequestListener> listeners) {
        this.containers = containers;
        this.store = store;
        this.listeners = List.copyOf(listeners);
        LiveObjects live = new LiveObjects();
        Expiry expiry = new Expiry();
        this.spec = MediaStoreDataService.spec(
                new ObjectOperations(store, live, expiry),
                new Uploads(store, live),
                new FolderListing(store, expiry, tokens));
    }

    @Override
    public ServiceSpec spec() {
        return spec;
    }

    @Override
    public Mount mount() {
        return MOUNT;
    }

    @Override
    public Containers.Located target(String endpointId, Instant now) {
        return containers
                .activeByEndpoint(endpointId, now)
                .orElseThrow(() -> new AwsException(
                        MediaStoreDataError.CONTAINER_NOT_FOUND,
                        "No container has the data endpoint " + Echo.quote(endpointId) + " (or it is not ACTIVE)"));
    }

    /** Signatures must be scoped to the container's region, as on AWS's regional data endpoints. */
    @Override
    public String region(Containers.Located container) {
        return container.scope().region();
    }

    /** Extra leading slashes are insignificant. */
    @Override
    public String path(EndpointAddress address) {
        return "/" + ObjectPaths.strip(address.rest());
    }

    @Override
    public Intercept intercept(Containers.Located container, RequestHead request) {
        return CorsResponses.apply(container.container(), request);
    }

    @Override
    public StagedBody stage(Containers.Located container, InputStream body, long contentLength) throws IOException {
        return StagedUpload.read(store, body, contentLength);
    }

    @Override
    public void check(Containers.Located container, String operation, Object input) {
        ObjectPaths.requireWithinLimits(pathOf(input), operation.equals("ListItems"));
    }

    @Override
    public void authorize(Containers.Located container, Authorization request) {
        access.check(container, request.identity(), request.operation(), pathOf(request.input()), request.request());
    }

    @Override
    public void completed(Containers.Located container, Answered answered) {
        DataRequest request = DataRequests.of(container, answered, objectPath(answered), objectSize(answered));
        for (DataRequestListener listener : listeners) {
            try {
                listener.completed(request);
            } catch (RuntimeException e) {
                LOG.error("data request listener {} failed", listener, e); // our own code: a bug
            }
        }
    }

    private static String objectPath(Answered answered) {
        if (answered.input() != null) {
            return pathOf(answered.input());
        }
        return CorsResponses.PREFLIGHT.equals(answered.operation()) ? ObjectPaths.strip(answered.path()) : "";
    }

    private static String pathOf(Object input) {
        return switch (input) {
            case ObjectShapes.PutObjectInput in -> in.path();
            case ObjectShapes.GetObjectInput in -> in.path();
            case ObjectShapes.ObjectPathInput in -> in.path();
            case ObjectShapes.ListItemsInput in -> ObjectPaths.folderPrefix(in.path());
            default -> "";
        };
    }

    private static Long objectSize(Answered answered) {
        return switch (answered.output()) {
            case GetObjectOutput out
            when out.contentRange() != null ->
                Long.valueOf(out.contentRange().substring(out.contentRange().indexOf('/') + 1));
            case GetObjectOutput out -> out.contentLength();
            case ObjectShapes.DescribeObjectOutput out -> out.contentLength();
            case ObjectShapes.PutObjectOutput out -> answered.bytesReceived();
            case null, default -> null;
        };
    }
}
