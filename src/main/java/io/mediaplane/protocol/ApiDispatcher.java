package io.mediaplane.protocol;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.auth.AuthFailure;
import io.mediaplane.auth.SignatureScope;
import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol layer's entry point: route, read the body, authenticate, bind and validate the
 * typed input, call the operation, write its output or its error in the service's dialect.
 * Nothing a client sends gets a stack trace or an unexplained 500.
 */
public final class ApiDispatcher implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);
    /** Errors raised before any service is known are worded in plain restJson1. */
    private static final ServiceSpec UNKNOWN = new ServiceSpec(
            "unknown",
            Protocol.REST_JSON_1,
            "",
            "",
            "message",
            new ErrorCode("ValidationException", 400),
            new ErrorCode("SerializationException", 400),
            new ErrorCode("InternalFailure", 500),
            JsonMappers.wire(PropertyNamingStrategies.LOWER_CAMEL_CASE, TimestampFormat.ISO_8601),
            false,
            List.of());

    /** How much of an oversize body is read and dropped before the connection is given up instead. */
    private static final long DRAIN_LIMIT = 64L << 20;

    private final ServiceRouter router;
    private final Authenticator authenticator;
    private final InputValidator validator;
    private final RequestObserver observer;
    private final Clock clock;
    private final int maxBodyBytes;

    public ApiDispatcher(
            List<ServiceSpec> services,
            Authenticator authenticator,
            InputValidator validator,
            RequestObserver observer,
            Clock clock,
            int maxBodyBytes) {
        this.router = new ServiceRouter(services);
        this.authenticator = authenticator;
        this.validator = validator;
        this.observer = observer;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String requestId = RequestIds.next();
        exchange.setHeader("x-amzn-RequestId", requestId);
        ServiceSpec service = UNKNOWN;
        String operation = "unknown";
        try {
            Optional<SignatureScope> scope = authenticator.scope(exchange);
            Route route =
                    router.route(exchange, scope.map(SignatureScope::service).orElse(null));
            service = route.service() == null ? UNKNOWN : route.service();
            if (route.error() != null) {
                throw route.error();
            }
            Operation<?, ?> op = route.operation();
            operation = op.name();
            byte[] body = op.streamsInput() ? null : readBody(exchange);
            Identity identity = authenticator.authenticate(exchange, scope, body, service.anonymousAllowed());
            RequestContext context = new RequestContext(
                    requestId,
                    identity.accountId(),
                    identity.region(),
                    identity.accessKeyId(),
                    exchange.remoteAddress(),
                    exchange.secure(),
                    clock.instant());
            ProtocolCodec codec = ProtocolCodec.of(service.protocol());
            Object input = codec.readInput(service, op, exchange, route.labels(), body);
            validator.validate(input, service.validationError());
            Object output = invoke(op, context, input);
            codec.writeOutput(service, op, exchange, output);
        } catch (AwsException e) {
            fail(service, exchange, e);
        } catch (AuthFailure e) {
            fail(service, exchange, new AwsException(new ErrorCode(e.code(), e.status()), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("request {} ({} {}) failed", requestId, service.name(), operation, e);
            fail(
                    service,
                    exchange,
                    new AwsException(
                            service.internalError(),
                            "An internal error occurred; the server log has the details under request id "
                                    + requestId));
        } finally {
            observer.answered(service.name(), operation, exchange.responseStatus(), System.nanoTime() - start);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object invoke(Operation<?, ?> op, RequestContext context, Object input) {
        return ((Handler<Object, Object>) op.handler()).handle(context, input);
    }

    private byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.body()) {
            if (exchange.contentLength() > maxBodyBytes) {
                throw tooLarge(exchange, in);
            }
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge(exchange, in);
            }
            return body;
        }
    }

    /**
     * Reads and drops the rest of an oversize body (up to a bound) before answering, so the client
     * is not cut off while still sending and reliably reads the 413; beyond the bound the
     * connection is closed.
     */
    private AwsException tooLarge(HttpExchange exchange, InputStream in) throws IOException {
        long left = DRAIN_LIMIT;
        byte[] sink = new byte[64 * 1024];
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
            left -= n;
        }
        if (left <= 0) {
            exchange.setHeader("Connection", "close");
        }
        return new AwsException(
                CommonError.REQUEST_TOO_LARGE,
                "The request body is larger than the " + maxBodyBytes + " bytes this operation accepts");
    }

    private static void fail(ServiceSpec service, HttpExchange exchange, AwsException e) throws IOException {
        if (exchange.responseStatus() != 0) {
            LOG.warn("error after the response started: {}", e.getMessage());
            return;
        }
        ProtocolCodec.of(service.protocol()).writeError(service, exchange, e);
    }
}
