package io.mediaplane.mediastore.data;

import io.mediaplane.auth.AuthFailure;
import io.mediaplane.auth.SignatureScope;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import io.mediaplane.mediastore.Containers;
import io.mediaplane.mediastore.data.ObjectShapes.GetObjectOutput;
import io.mediaplane.protocol.Authenticator;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;
import io.mediaplane.protocol.Handler;
import io.mediaplane.protocol.Identity;
import io.mediaplane.protocol.InputValidator;
import io.mediaplane.protocol.Operation;
import io.mediaplane.protocol.ProtocolCodec;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.protocol.RequestIds;
import io.mediaplane.protocol.Route;
import io.mediaplane.protocol.ServiceRouter;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.store.blob.StagedBlob;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every container's data endpoint: finds the container the request is addressed to (ACTIVE ones
 * only), routes to one of the five operations, authenticates (unsigned requests are the
 * anonymous principal), binds and validates the input, enforces the container policy, runs the
 * operation and tells the {@link DataRequestListener}s about the finished request.
 */
public final class DataEndpoint implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DataEndpoint.class);
    private static final int MAX_API_BODY = 1 << 20;
    /** How much of a refused upload is read and dropped so the client reads the error; beyond it the connection closes. */
    private static final long DRAIN_LIMIT = 64L << 20;

    private final Containers containers;
    private final Authenticator authenticator;
    private final InputValidator validator;
    private final Clock clock;
    private final List<DataRequestListener> listeners;
    private final ObjectStore store;
    private final ServiceSpec spec;
    private final ServiceRouter router;
    private final ProtocolCodec codec;
    private final DataAccess access = new DataAccess();

    public DataEndpoint(
            Containers containers,
            ObjectStore store,
            PageTokens tokens,
            Authenticator authenticator,
            InputValidator validator,
            Clock clock,
            List<DataRequestListener> listeners) {
        this.containers = containers;
        this.store = store;
        this.authenticator = authenticator;
        this.validator = validator;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
        LiveObjects live = new LiveObjects();
        Expiry expiry = new Expiry();
        this.spec = MediaStoreDataService.spec(
                new ObjectOperations(store, live, expiry),
                new Uploads(store, live),
                new FolderListing(store, expiry, tokens));
        this.router = new ServiceRouter(List.of(spec));
        this.codec = ProtocolCodec.of(spec.protocol());
    }

    /** Whether a request is addressed to a container data endpoint (by path prefix or host name). */
    public static boolean addresses(HttpExchange exchange) {
        return EndpointAddress.of(exchange) != null;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Outcome outcome = new Outcome(RequestIds.next(), clock.instant());
        exchange.setHeader("x-amzn-RequestId", outcome.requestId);
        EndpointAddress address = EndpointAddress.of(exchange);
        DataExchange view = new DataExchange(exchange, "/" + ObjectPaths.strip(address.rest()), start);
        try {
            serve(view, address, outcome);
        } catch (AwsException e) {
            fail(view, outcome, e);
        } catch (AuthFailure e) {
            if (e.diagnostic() != null) {
                LOG.debug("data request {} refused ({}):\n{}", outcome.requestId, e.code(), e.diagnostic());
            }
            fail(view, outcome, new AwsException(new ErrorCode(e.code(), e.status()), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("data request {} ({} {}) failed", outcome.requestId, exchange.method(), exchange.rawPath(), e);
            fail(
                    view,
                    outcome,
                    new AwsException(
                            spec.internalError(),
                            "An internal error occurred; the server log" + " has the details under request id "
                                    + outcome.requestId));
        } finally {
            if (outcome.container != null) {
                notifyListeners(DataRequests.of(view, outcome, start));
            }
        }
    }

    private void serve(DataExchange view, EndpointAddress address, Outcome outcome) throws IOException {
        HttpExchange exchange = view.original();
        outcome.container = containers
                .activeByEndpoint(address.endpointId(), outcome.received)
                .orElseThrow(() -> new AwsException(
                        MediaStoreDataError.CONTAINER_NOT_FOUND,
                        "No container has the" + " data endpoint '" + address.endpointId()
                                + "' (or it is not ACTIVE)"));
        if (CorsResponses.apply(view, outcome, ObjectPaths.strip(address.rest()))) {
            return; // a preflight, answered from the container's CORS policy
        }
        Route route = router.route(view, spec.signingName());
        if (route.error() != null) {
            throw route.error();
        }
        Operation<?, ?> op = route.operation();
        outcome.operation = op.name();
        Optional<SignatureScope> scope = authenticator.scope(exchange);
        StagedBlob staged = null;
        try {
            byte[] body = null;
            Identity identity;
            if (!op.streamsInput()) {
                body = readSmallBody(view);
                identity = authenticator.authenticate(exchange, scope, body, spec.anonymousAllowed());
            } else if (authenticator.needsBodyToVerify(exchange, scope)) {
                staged = stage(view); // the signature covers the body's hash: read the body first
                identity = authenticator.authenticate(exchange, scope, staged::sha256, spec.anonymousAllowed());
            } else {
                identity = authenticator.authenticate(
                        exchange,
                        scope,
                        () -> {
                            throw new IllegalStateException("the body hash is declared or unsigned");
                        },
                        spec.anonymousAllowed());
            }
            outcome.identity = identity;
            Object input = codec.readInput(spec, op, view, route.labels(), body);
            outcome.path = pathOf(input);
            ObjectPaths.requireWithinLimits(outcome.path, op.name().equals("ListItems"));
            validator.validate(input, spec.validationError());
            access.check(outcome.container, identity, op.name(), outcome.path, exchange);
            String declared = staged == null && identity.accessKeyId() != null
                    ? Authenticator.declaredPayloadHash(exchange)
                    : null;
            RequestContext context = new RequestContext(
                    outcome.requestId,
                    identity.accountId(),
                    identity.region(),
                    identity.accessKeyId(),
                    exchange.remoteAddress(),
                    exchange.secure(),
                    outcome.received,
                    new DataCall(outcome.container, declared, staged, exchange.contentLength()));
            Object output = invoke(op, context, input);
            outcome.objectSize = sizeOf(output, view);
            codec.writeOutput(spec, op, view, output);
        } finally {
            if (staged != null) {
                staged.discard();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object invoke(Operation<?, ?> op, RequestContext context, Object input) {
        return ((Handler<Object, Object>) op.handler()).handle(context, input);
    }

    private StagedBlob stage(DataExchange view) throws IOException {
        if (view.contentLength() > Uploads.STANDARD_LIMIT) {
            throw Uploads.tooLarge(false, Uploads.STANDARD_LIMIT);
        }
        StagedBlob staged = store.blobs().stage();
        try {
            InputStream in = view.body();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (staged.size() + n > Uploads.STANDARD_LIMIT) {
                    throw Uploads.tooLarge(false, Uploads.STANDARD_LIMIT);
                }
                staged.write(buffer, 0, n);
            }
            staged.finish();
            return staged;
        } catch (IOException | RuntimeException e) {
            staged.discard();
            throw e;
        }
    }

    private static byte[] readSmallBody(DataExchange view) throws IOException {
        InputStream in = view.body();
        byte[] body = in.readNBytes(MAX_API_BODY + 1);
        if (body.length > MAX_API_BODY) {
            throw new AwsException(
                    io.mediaplane.protocol.CommonError.REQUEST_TOO_LARGE,
                    "The request body is larger" + " than the " + MAX_API_BODY + " bytes this operation accepts");
        }
        return body;
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

    private static Long sizeOf(Object output, DataExchange view) {
        return switch (output) {
            case GetObjectOutput out
            when out.contentRange() != null ->
                Long.valueOf(out.contentRange().substring(out.contentRange().indexOf('/') + 1));
            case GetObjectOutput out -> out.contentLength();
            case ObjectShapes.DescribeObjectOutput out -> out.contentLength();
            case ObjectShapes.PutObjectOutput out -> view.bytesReceived();
            default -> null;
        };
    }

    private void fail(DataExchange view, Outcome outcome, AwsException e) throws IOException {
        outcome.errorCode = e.code();
        if (view.responseStatus() != 0) {
            LOG.warn("data request {} failed after its response started: {}", outcome.requestId, e.getMessage());
            return;
        }
        if ("PUT".equals(view.method())) {
            drain(view);
        }
        codec.writeError(spec, view, e);
    }

    /** Reads and drops what is left of a refused upload, so the client reads the error instead of a reset. */
    private static void drain(DataExchange view) {
        try {
            InputStream in = view.body();
            byte[] sink = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            int n;
            while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
                left -= n;
            }
            if (left <= 0) {
                view.setHeader("Connection", "close");
            }
        } catch (IOException e) {
            view.setHeader("Connection", "close");
        }
    }

    private void notifyListeners(DataRequest request) {
        for (DataRequestListener listener : listeners) {
            try {
                listener.completed(request);
            } catch (RuntimeException e) {
                LOG.warn("data request listener {} failed", listener, e);
            }
        }
    }
}
