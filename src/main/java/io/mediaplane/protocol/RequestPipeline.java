package io.mediaplane.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.auth.AuthFailure;
import io.mediaplane.auth.SignatureScope;
import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pipeline every AWS-style request goes through, control plane and data plane alike:
 * locate the endpoint, intercept, route, authenticate, bind, check and validate, authorize, invoke,
 * encode, observe. Services plug in what differs through their {@link Endpoint}'s hooks. Nothing a
 * client sends gets a stack trace or an unexplained 500.
 */
public final class RequestPipeline implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);
    /** Errors raised before any service is known are worded in plain restJson1. */
    private static final ServiceSpec UNKNOWN = unknown(
            Protocol.REST_JSON_1,
            "message",
            JsonMappers.wire(PropertyNamingStrategies.LOWER_CAMEL_CASE, TimestampFormat.ISO_8601));
    /** Errors of requests that name an X-Amz-Target no service has are worded in awsJson1.1, as every such service's. */
    private static final ServiceSpec UNKNOWN_TARGET = unknown(
            Protocol.AWS_JSON_1_1,
            "Message",
            JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS));
    /** For signatures that declare their body's hash: the streaming operation checks the body against it. */
    private static final Supplier<String> DECLARED_HASH = () -> {
        throw new IllegalStateException("the body hash is declared or unsigned");
    };

    private final RouteTable routes;
    private final Authenticator authenticator;
    private final InputValidator validator;
    private final RequestObserver observer;
    private final Clock clock;
    private final Bodies bodies;

    /**
     * @param endpoints    every mounted endpoint; addressed ones are tried in this order
     * @param observer     told about every request (request metrics)
     * @param maxBodyBytes the largest body read whole (API inputs, bodies kept in memory to verify)
     */
    public RequestPipeline(
            List<Endpoint<?>> endpoints,
            Authenticator authenticator,
            InputValidator validator,
            RequestObserver observer,
            Clock clock,
            int maxBodyBytes) {
        this.routes = new RouteTable(endpoints);
        this.authenticator = authenticator;
        this.validator = validator;
        this.observer = observer;
        this.clock = clock;
        this.bodies = new Bodies(maxBodyBytes);
    }

    private static ServiceSpec unknown(Protocol protocol, String messageKey, ObjectMapper mapper) {
        return new ServiceSpec(
                "unknown",
                protocol,
                "",
                "",
                messageKey,
                new ErrorCode("ValidationException", 400),
                new ErrorCode("SerializationException", 400),
                new ErrorCode("InternalFailure", 500),
                mapper,
                false,
                List.of());
    }

    /** The services mounted, by botocore client name. */
    public List<String> services() {
        return routes.services();
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        long start = System.nanoTime();
        MeteredExchange exchange = new MeteredExchange(http, start);
        Call call = new Call(
                RequestIds.next(),
                clock.instant(),
                start,
                http.header("X-Amz-Target") != null ? UNKNOWN_TARGET : UNKNOWN);
        exchange.setHeader("x-amzn-RequestId", call.requestId);
        try {
            RouteTable.Located<?> located = routes.addressed(exchange);
            Optional<SignatureScope> scope = null;
            if (located == null) {
                scope = authenticator.scope(exchange);
                located = routes.shared(
                        exchange, scope.map(SignatureScope::service).orElse(null));
            }
            serve(located, scope, exchange, call);
        } catch (AwsException e) {
            fail(call, exchange, e);
        } catch (AuthFailure e) {
            if (e.diagnostic() != null) {
                LOG.debug("request {} refused ({}):\n{}", call.requestId, e.code(), e.diagnostic());
            }
            fail(call, exchange, new AwsException(new ErrorCode(e.code(), e.status()), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("request {} ({} {}) failed", call.requestId, call.service.name(), call.operation, e);
            fail(
                    call,
                    exchange,
                    new AwsException(
                            call.service.internalError(),
                            "An internal error occurred; the server log has the details under request id "
                                    + call.requestId));
        } finally {
            observer.answered(
                    call.service.name(), call.operation, exchange.responseStatus(), System.nanoTime() - start);
            if (call.observed != null) {
                try {
                    call.observed.completed(call.answered(exchange));
                } catch (RuntimeException e) {
                    LOG.warn("observing request {} failed", call.requestId, e);
                }
            }
        }
    }

    /** @param scope the credential scope when the shared endpoint's routing needed it, else null (not read yet) */
    private <T> void serve(
            RouteTable.Located<T> at, Optional<SignatureScope> scope, MeteredExchange exchange, Call call)
            throws IOException {
        Endpoint<T> endpoint = at.endpoint();
        Route route = at.route();
        if (endpoint == null) {
            throw route.error(); // no service can be told
        }
        ServiceSpec spec = endpoint.spec();
        call.service = spec;
        T target = null;
        if (at.address() != null) {
            target = endpoint.target(at.address().resourceId(), call.received);
            call.observed = new Call.Observed<>(endpoint, target);
            call.path = endpoint.path(at.address());
            Intercept intercept = endpoint.intercept(target, exchange);
            intercept.headers().forEach(exchange::setHeader);
            if (intercept.answeredAs() != null) {
                call.operation = intercept.answeredAs();
                if (intercept.refusal() != null) {
                    throw intercept.refusal();
                }
                exchange.send(200, new byte[0]);
                return;
            }
            route = ServiceRouter.within(spec, exchange.method(), call.path);
        } else {
            call.observed = new Call.Observed<>(endpoint, null);
            call.path = exchange.rawPath();
        }
        if (route.error() != null) {
            throw route.error();
        }
        Operation<?, ?> op = route.operation();
        call.operation = op.name();
        if (op.streamsInput() && declaresNoBody(exchange)) {
            throw new AwsException(
                    CommonError.MISSING_CONTENT_LENGTH, "You must provide the Content-Length HTTP header.");
        }
        if (scope == null) {
            scope = authenticator.scope(exchange);
        }
        authenticator.requireScopeFits(scope, spec, target == null ? null : endpoint.region(target));
        try {
            Identity identity = authenticate(endpoint, target, op, scope, exchange, call);
            call.identity = identity;
            Object input = spec.protocol().codec().readInput(spec, op, exchange, route.labels(), call.body);
            call.input = input;
            endpoint.check(target, op.name(), input);
            validator.validate(input, spec.validationError());
            endpoint.authorize(target, new Authorization(identity, op.name(), input, exchange));
            RequestContext context = new RequestContext(
                    call.requestId,
                    identity,
                    exchange.remoteAddress(),
                    exchange.secure(),
                    call.received,
                    EndpointTarget.of(target),
                    leftToCheck(op, identity, exchange, call.staged));
            call.output = invoke(op, context, input);
            spec.protocol().codec().writeOutput(spec, op, exchange, call.output);
        } finally {
            if (call.staged != null) {
                call.staged.close();
            }
        }
    }

    /**
     * A request with neither Content-Length nor Transfer-Encoding has no body in HTTP/1.1; for an
     * operation that uploads one, that is a client that forgot to say how long it is (S3 answers 411).
     */
    private static boolean declaresNoBody(MeteredExchange exchange) {
        return exchange.contentLength() == 0
                && exchange.header("Content-Length") == null
                && exchange.header("Transfer-Encoding") == null;
    }

    /**
     * Authenticates a routed request, reading its body first when the operation takes it whole
     * ({@code call.body}) or the signature covers a streamed body's hash ({@code call.staged}).
     */
    private <T> Identity authenticate(
            Endpoint<T> endpoint,
            T target,
            Operation<?, ?> op,
            Optional<SignatureScope> scope,
            MeteredExchange exchange,
            Call call)
            throws IOException {
        ServiceSpec spec = endpoint.spec();
        if (!op.streamsInput()) {
            call.body = bodies.read(exchange);
            return authenticator.authenticate(exchange, scope, call.body, spec);
        }
        if (!authenticator.needsBodyToVerify(exchange, scope)) {
            return authenticator.authenticate(exchange, scope, DECLARED_HASH, spec);
        }
        call.staged = endpoint.stage(target, exchange.body(), exchange.contentLength());
        return call.staged != null
                ? authenticator.authenticate(exchange, scope, call.staged::sha256, spec)
                : authenticator.authenticate(exchange, scope, inMemory(exchange), spec);
    }

    /** What a streaming operation must still check about the body it reads itself. */
    private static RequestBody leftToCheck(
            Operation<?, ?> op, Identity identity, MeteredExchange exchange, StagedBody staged) {
        if (!op.streamsInput()) {
            return RequestBody.CHECKED;
        }
        String declared =
                staged == null && identity.accessKeyId() != null ? Authenticator.declaredPayloadHash(exchange) : null;
        return new RequestBody(exchange.contentLength(), declared, staged);
    }

    /** Reads a streamed body whole to verify its signature, and hands the same bytes to the operation. */
    private byte[] inMemory(MeteredExchange exchange) throws IOException {
        byte[] bytes = bodies.read(exchange);
        exchange.replaceBody(bytes);
        return bytes;
    }

    @SuppressWarnings("unchecked")
    private static Object invoke(Operation<?, ?> op, RequestContext context, Object input) {
        return ((Handler<Object, Object>) op.handler()).handle(context, input);
    }

    private static void fail(Call call, MeteredExchange exchange, AwsException e) throws IOException {
        call.errorCode = e.code();
        if (exchange.responseStatus() != 0) {
            LOG.warn("request {} failed after its response started: {}", call.requestId, e.getMessage());
            return;
        }
        Bodies.drain(exchange);
        call.service.protocol().codec().writeError(call.service, exchange, e);
    }
}
