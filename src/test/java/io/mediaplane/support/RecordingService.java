package io.mediaplane.support;

import io.mediaplane.aws.Regions;
import io.mediaplane.protocol.Authenticator;
import io.mediaplane.protocol.Endpoint;
import io.mediaplane.protocol.InputValidator;
import io.mediaplane.protocol.Operation;
import io.mediaplane.protocol.RequestPipeline;
import io.mediaplane.protocol.ServiceSpec;
import java.time.Clock;
import java.util.List;

/**
 * A service's real declarations with every handler replaced by one that records its typed input
 * and answers a canned output (or error): the protocol layer alone, fed by real SDK marshallers.
 */
public final class RecordingService {
    private static final InputValidator VALIDATOR = new InputValidator();
    private final RequestPipeline pipeline;
    private final WireHarness harness;
    private volatile Object input;
    private volatile Object output;
    private volatile RuntimeException failure;

    public RecordingService(ServiceSpec real) {
        List<Operation<?, ?>> ops =
                real.operations().stream().<Operation<?, ?>>map(this::recording).toList();
        ServiceSpec spec = new ServiceSpec(
                real.name(),
                real.protocol(),
                real.signingName(),
                real.targetPrefix(),
                real.messageKey(),
                real.validationError(),
                real.serializationError(),
                real.internalError(),
                real.mapper(),
                real.anonymousAllowed(),
                ops);
        pipeline = new RequestPipeline(
                List.of(Endpoint.api(spec)),
                new Authenticator(Authenticator.Mode.NONE, null, "us-east-1", Regions.aws()),
                VALIDATOR,
                (s, o, st, n) -> {},
                Clock.systemUTC(),
                1 << 20);
        harness = new WireHarness(pipeline);
    }

    private <I, O> Operation<I, O> recording(Operation<I, O> op) {
        return new Operation<>(op.name(), op.method(), op.uri(), op.status(), op.input(), op.output(), (ctx, in) -> {
            input = in;
            if (failure != null) {
                throw failure;
            }
            return op.output().cast(output);
        });
    }

    public void answer(Object canned) {
        this.output = canned;
        this.failure = null;
    }

    public void fail(RuntimeException error) {
        this.failure = error;
    }

    public Object input() {
        return input;
    }

    public FakeExchange last() {
        return harness.last;
    }

    public RequestPipeline pipeline() {
        return pipeline;
    }

    public WireHarness harness() {
        return harness;
    }
}
