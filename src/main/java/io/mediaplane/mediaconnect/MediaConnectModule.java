package io.mediaplane.mediaconnect;

import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.module.BackgroundJob;
import io.mediaplane.module.ModuleContext;
import io.mediaplane.module.ServiceModule;
import io.mediaplane.protocol.Endpoint;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AWS Elemental MediaConnect: the flow API on the shared endpoint, and the flow runtime, where the
 * flows that were running when the server stopped run again at start-up.
 */
public final class MediaConnectModule implements ServiceModule {
    private static final Logger LOG = LoggerFactory.getLogger(MediaConnectModule.class);

    private final ModuleContext context;
    private final FlowRuntime runtime;
    private final FlowRunner runner;
    private final List<Endpoint<?>> endpoints;

    private MediaConnectModule(ModuleContext context, FlowRuntimeFactory runtimes) throws Exception {
        this.context = context;
        Flows flows = new Flows(
                context.database(),
                context.config().transition(),
                context.config().mediaAddress());
        runtime = runtimes.create(context.config(), context.metrics());
        runner = new FlowRunner(flows, runtime);
        endpoints = List.of(Endpoint.api(MediaConnectService.spec(flows, runner, context.pageTokens())));
    }

    /** The module, with flows carried by the runtime {@code runtimes} makes (tests pass a recording one). */
    public static ServiceModule.Factory running(FlowRuntimeFactory runtimes) {
        return context -> new MediaConnectModule(context, runtimes);
    }

    @Override
    public List<Endpoint<?>> endpoints() {
        return endpoints;
    }

    @Override
    public List<BackgroundJob> jobs() {
        return List.of(BackgroundJob.of(
                "flow-resume",
                () -> LOG.debug(
                        "start-up: {} MediaConnect flows running again",
                        runner.resume(context.clock().instant())),
                () -> {}));
    }

    /** Stops every flow's media (their state stays, so they run again at the next start). */
    @Override
    public void close() {
        runtime.close();
    }
}
