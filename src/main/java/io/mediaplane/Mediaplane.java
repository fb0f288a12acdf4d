package io.mediaplane;

import io.mediaplane.auth.CredentialStore;
import io.mediaplane.auth.SigV4Verifier;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.config.Config;
import io.mediaplane.http.HttpExchange;
import io.mediaplane.http.HttpHandler;
import io.mediaplane.http.JettyServer;
import io.mediaplane.mediaconnect.FlowRunner;
import io.mediaplane.mediaconnect.Flows;
import io.mediaplane.mediaconnect.MediaConnectService;
import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.mediaconnect.relay.RelayEngine;
import io.mediaplane.mediastore.Containers;
import io.mediaplane.mediastore.MediaStoreService;
import io.mediaplane.mediastore.data.DataEndpoint;
import io.mediaplane.mediastore.data.ObjectLifecycleStore;
import io.mediaplane.mediastore.data.ObjectStore;
import io.mediaplane.mediastore.data.accesslog.AccessLogFiles;
import io.mediaplane.mediastore.data.accesslog.AccessLogListener;
import io.mediaplane.mediastore.data.lifecycle.LifecycleSweeper;
import io.mediaplane.mediastore.data.metrics.MetricPolicyListener;
import io.mediaplane.observe.AdminHandler;
import io.mediaplane.observe.Metrics;
import io.mediaplane.protocol.ApiDispatcher;
import io.mediaplane.protocol.Authenticator;
import io.mediaplane.protocol.InputValidator;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.secretsmanager.SecretsManagerService;
import io.mediaplane.store.Database;
import io.mediaplane.store.Settings;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: wires configuration, stores, services and the HTTP listener. The
 * listener starts first (health answers 503 until ready) while the metadata store migrates and
 * the validator warms up in parallel. Tests start exactly this, on a random port.
 */
public final class Mediaplane implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(Mediaplane.class);
    /** Path prefix of MediaStore container data endpoints. */
    public static final String MEDIASTORE_DATA_PREFIX = "/mediastore-data";
    /** How often the lifecycle sweeper walks the containers (expired objects are hidden from reads meanwhile). */
    static final Duration LIFECYCLE_SWEEP_INTERVAL = Duration.ofSeconds(10);

    /** The services on this server (botocore client names), as health reports them. */
    static final List<String> SERVICES = List.of("mediastore", "mediaconnect", "secretsmanager");
    /**
     * The MediaConnect runtime of this build. The relay engine replaces this one line, e.g.
     * {@code (config, metrics) -> new RelayEngine(config.mediaAddress(), metrics)}.
     */
    public static final FlowRuntimeFactory FLOW_RUNTIME =
            (config, metrics) -> new RelayEngine(InetAddress.getByName(config.mediaAddress()), metrics.registry());

    private final JettyServer http;
    private final Database db;
    private final Metrics metrics;
    private final FlowRuntime flowRuntime;
    private final String publicUrl;
    private final AccessLogListener accessLog;
    private final LifecycleSweeper sweeper;

    private Mediaplane(
            JettyServer http,
            Database db,
            Metrics metrics,
            FlowRuntime flowRuntime,
            String publicUrl,
            AccessLogListener accessLog,
            LifecycleSweeper sweeper) {
        this.http = http;
        this.db = db;
        this.metrics = metrics;
        this.flowRuntime = flowRuntime;
        this.publicUrl = publicUrl;
        this.accessLog = accessLog;
        this.sweeper = sweeper;
    }

    /** Makes the runtime that carries MediaConnect flows' media, once configuration and metrics exist. */
    @FunctionalInterface
    public interface FlowRuntimeFactory {
        FlowRuntime create(Config config, Metrics metrics) throws java.io.IOException;
    }

    public static Mediaplane start(Config config, Clock clock) throws Exception {
        return start(config, clock, FLOW_RUNTIME);
    }

    public static Mediaplane start(Config config, Clock clock, FlowRuntimeFactory runtimes) throws Exception {
        CompletableFuture<Database> db =
                inBackground("store", () -> Database.open(config.effectiveDbUrl(), null, null));
        CompletableFuture<InputValidator> validator = inBackground("validator", InputValidator::new);
        Metrics metrics = new Metrics();
        Router router = new Router(metrics);
        JettyServer http = new JettyServer(config.host(), config.port(), router, config.bodyIdleTimeout());
        FlowRuntime flowRuntime = null;
        try {
            long start = System.nanoTime();
            http.start();
            LOG.debug("start-up: http listening in {} ms", (System.nanoTime() - start) / 1_000_000);
            String publicUrl = config.effectivePublicUrl(http.port());
            CredentialStore credentials = config.credentials() == null
                    ? CredentialStore.defaults()
                    : CredentialStore.load(config.credentials());
            Authenticator authenticator = new Authenticator(
                    config.auth().equals("none") ? Authenticator.Mode.NONE : Authenticator.Mode.VERIFY,
                    new SigV4Verifier(credentials, clock),
                    config.region());
            Database database = db.join();
            PageTokens tokens = new PageTokens(new Settings(database).secret("page-token-key"));
            ObjectStore objects = new ObjectStore(database, config.dataDir());
            objects.recover(); // before any data request: unfinished uploads and unreferenced blobs go
            Containers containers = new Containers(
                    database, config.transition(), publicUrl + MEDIASTORE_DATA_PREFIX, objects::holdsObjects);
            Flows flows = new Flows(database, config.transition(), config.mediaAddress());
            flowRuntime = runtimes.create(config, metrics);
            FlowRunner runner = new FlowRunner(flows, flowRuntime);
            int resumed = runner.resume(clock.instant());
            LOG.debug("start-up: {} MediaConnect flows running again", resumed);
            SecretsManagerService secretsManager = SecretsManagerService.open(config, database, tokens, clock);
            List<ServiceSpec> services = List.of(
                    MediaStoreService.spec(containers, tokens),
                    MediaConnectService.spec(flows, runner, tokens),
                    secretsManager.spec());
            AccessLogListener accessLog = AccessLogListener.start(
                    AccessLogFiles.under(config.dataDir()), AccessLogListener.DEFAULT_CAPACITY, metrics.registry());
            LifecycleSweeper sweeper = new LifecycleSweeper(
                            new ObjectLifecycleStore(containers, objects),
                            clock,
                            LifecycleSweeper.DEFAULT_BATCH,
                            metrics.registry())
                    .start(LIFECYCLE_SWEEP_INTERVAL);
            router.data = new DataEndpoint(
                    containers,
                    objects,
                    tokens,
                    authenticator,
                    validator.join(),
                    clock,
                    List.of(accessLog, new MetricPolicyListener(metrics.registry())));
            router.api = new ApiDispatcher(services, authenticator, validator.join(), metrics, clock, 1 << 20);
            metrics.bindJvmMetrics(); // after the API is live: health is already answering 200

            return new Mediaplane(http, database, metrics, flowRuntime, publicUrl, accessLog, sweeper);
        } catch (Exception | Error e) {
            http.close();
            if (flowRuntime != null) {
                flowRuntime.close();
            }
            db.thenAccept(Database::close);
            throw e;
        }
    }

    /** Runs start-up work on a thread of its own (the common pool has one worker on two cores). */
    private static <T> CompletableFuture<T> inBackground(String name, java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread.ofPlatform().name("start-" + name).daemon().start(() -> {
            long start = System.nanoTime();
            try {
                result.complete(work.get());
                LOG.debug("start-up: {} ready in {} ms", name, (System.nanoTime() - start) / 1_000_000);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    public int port() {
        return http.port();
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The lifecycle sweeper (tests run a sweep with {@link LifecycleSweeper#sweepNow}). */
    public LifecycleSweeper lifecycleSweeper() {
        return sweeper;
    }

    @Override
    public void close() throws Exception {
        http.close();
        accessLog.close(); // writes what is queued
        sweeper.close();
        flowRuntime.close();
        db.close();
        metrics.close();
    }

    /** Sends admin paths to the admin handler, container data endpoints to the data plane, the rest to the APIs. */
    private static final class Router implements HttpHandler {
        private final AdminHandler admin;
        private volatile HttpHandler api;
        private volatile HttpHandler data;

        Router(Metrics metrics) {
            admin = new AdminHandler(metrics, VERSION, SERVICES, () -> api != null);
        }

        @Override
        public void handle(HttpExchange exchange) throws Exception {
            String path = exchange.rawPath();
            if (path.startsWith(AdminHandler.PREFIX)) {
                admin.handle(exchange);
            } else if (api == null) {
                exchange.setHeader("Content-Type", "application/json");
                exchange.send(
                        503,
                        "{\"__type\":\"ServiceUnavailableException\",\"message\":\"Mediaplane is starting\"}"
                                .getBytes(StandardCharsets.UTF_8));
            } else if (DataEndpoint.addresses(exchange)) {
                data.handle(exchange);
            } else {
                api.handle(exchange);
            }
        }
    }
}
