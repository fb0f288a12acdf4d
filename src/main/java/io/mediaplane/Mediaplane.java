package io.mediaplane;

import io.mediaplane.auth.CredentialStore;
import io.mediaplane.auth.SigV4Verifier;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.aws.Regions;
import io.mediaplane.config.Config;
import io.mediaplane.http.JettyServer;
import io.mediaplane.mediaconnect.FlowRuntimeFactory;
import io.mediaplane.mediaconnect.MediaConnectModule;
import io.mediaplane.mediapackagevod.MediaPackageVodModule;
import io.mediaplane.mediastore.MediaStoreModule;
import io.mediaplane.mediatailor.MediaTailorModule;
import io.mediaplane.module.BackgroundJob;
import io.mediaplane.module.ModuleContext;
import io.mediaplane.module.ServiceModule;
import io.mediaplane.observe.Metrics;
import io.mediaplane.protocol.Authenticator;
import io.mediaplane.protocol.Endpoint;
import io.mediaplane.protocol.InputValidator;
import io.mediaplane.protocol.RequestPipeline;
import io.mediaplane.secretsmanager.SecretsManagerModule;
import io.mediaplane.store.Database;
import io.mediaplane.store.Settings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: configuration, the metadata store, the service modules and the HTTP
 * listener. The listener is bound first (a taken port touches nothing) and answers health with 503
 * until ready while the metadata store opens in parallel; the input validator is built once health
 * answers. Tests start exactly this, on a random port.
 */
public final class Mediaplane implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private static final Logger LOG = LoggerFactory.getLogger(Mediaplane.class);

    /** The services of this server, one line each, in the order their endpoints are tried. */
    static List<ServiceModule.Factory> modules(FlowRuntimeFactory flowRuntime) {
        return List.of(
                MediaStoreModule::new, //
                MediaConnectModule.running(flowRuntime),
                MediaTailorModule::new,
                MediaPackageVodModule::new,
                SecretsManagerModule::new);
    }

    private final JettyServer http;
    private final JettyServer adminHttp;
    private final Database db;
    private final Metrics metrics;
    private final String publicUrl;
    private final Modules modules;

    private Mediaplane(
            JettyServer http, JettyServer adminHttp, Database db, Metrics metrics, String publicUrl, Modules modules) {
        this.http = http;
        this.adminHttp = adminHttp;
        this.db = db;
        this.metrics = metrics;
        this.publicUrl = publicUrl;
        this.modules = modules;
    }

    public static Mediaplane start(Config config, Clock clock) throws Exception {
        return start(config, clock, FlowRuntimeFactory.RELAY_ENGINE);
    }

    /** With MediaConnect flows carried by the runtime {@code flowRuntime} makes (tests record instead of relaying). */
    public static Mediaplane start(Config config, Clock clock, FlowRuntimeFactory flowRuntime) throws Exception {
        var listener = JettyServer.listen(config.host(), config.port()); // first: a taken port touches nothing
        CompletableFuture<Database> db =
                inBackground("store", () -> Database.open(config.effectiveDbUrl(), null, null));
        InputValidator validator = new InputValidator(); // built once health answers (below)
        Metrics metrics = new Metrics();
        Front front = new Front(
                metrics,
                VERSION,
                config.adminToken() == null ? null : config.adminToken().value(),
                config.adminPort() == null);
        JettyServer http = new JettyServer(listener, front, config.bodyIdleTimeout());
        JettyServer adminHttp = config.adminPort() == null
                ? null
                : new JettyServer(
                        JettyServer.listen(config.adminHost(), config.adminPort()),
                        front.admin(),
                        config.bodyIdleTimeout());
        Modules modules = new Modules();
        try {
            long start = System.nanoTime();
            http.start();
            if (adminHttp != null) {
                adminHttp.start();
            }
            LOG.debug("start-up: http listening in {} ms", (System.nanoTime() - start) / 1_000_000);
            String publicUrl = config.effectivePublicUrl(http.port());
            Database database = db.join();
            ModuleContext context = new ModuleContext(
                    config,
                    clock,
                    database,
                    new PageTokens(new Settings(database).secret("page-token-key")),
                    metrics,
                    publicUrl);
            List<Endpoint<?>> endpoints = new ArrayList<>();
            for (ServiceModule.Factory factory : modules(flowRuntime)) {
                ServiceModule module = modules.add(factory.create(context));
                endpoints.addAll(module.endpoints());
            }
            modules.startJobs();
            front.open(
                    new RequestPipeline(endpoints, authenticator(config, clock), validator, metrics, clock, 1 << 20));
            inBackground("validator", validator::prepare); // off the path to health; a request meanwhile waits for it
            metrics.bindJvmMetrics(); // after the API is live: health is already answering 200
            return new Mediaplane(http, adminHttp, database, metrics, publicUrl, modules);
        } catch (Exception | Error e) {
            http.close();
            if (adminHttp != null) {
                adminHttp.close();
            }
            modules.close();
            db.thenAccept(Database::close);
            throw e;
        }
    }

    private static Authenticator authenticator(Config config, Clock clock) throws java.io.IOException {
        CredentialStore credentials =
                config.credentials() == null ? CredentialStore.defaults() : CredentialStore.load(config.credentials());
        return new Authenticator(
                config.auth().equals("none") ? Authenticator.Mode.NONE : Authenticator.Mode.VERIFY,
                new SigV4Verifier(credentials, clock),
                config.region(),
                Regions.of(config.regions()));
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

    /** The port of the separate admin listener, or -1 when the admin paths are served on {@link #port()}. */
    public int adminPort() {
        return adminHttp == null ? -1 : adminHttp.port();
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** The running module of a type, for what tests drive directly (e.g. a lifecycle sweep). */
    public <M extends ServiceModule> M module(Class<M> type) {
        return modules.find(type);
    }

    @Override
    public void close() throws Exception {
        http.close();
        if (adminHttp != null) {
            adminHttp.close();
        }
        modules.close(); // jobs finish what they owe (queued access-log records), then the modules
        db.close();
        metrics.close();
    }

    /** The started modules and jobs, closed in reverse order. */
    private static final class Modules implements AutoCloseable {
        private final List<ServiceModule> modules = new ArrayList<>();
        private final List<BackgroundJob> started = new ArrayList<>();

        ServiceModule add(ServiceModule module) {
            modules.add(module);
            return module;
        }

        void startJobs() throws Exception {
            for (ServiceModule module : modules) {
                for (BackgroundJob job : module.jobs()) {
                    job.start();
                    started.add(job);
                }
            }
        }

        <M extends ServiceModule> M find(Class<M> type) {
            return modules.stream()
                    .filter(type::isInstance)
                    .map(type::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " is mounted"));
        }

        @Override
        public void close() throws Exception {
            Exception failure = null;
            for (AutoCloseable c : reversed()) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("shutdown: {}", e.toString());
                    failure = failure == null ? e : failure;
                }
            }
            started.clear();
            modules.clear();
            if (failure != null) {
                throw failure;
            }
        }

        private List<AutoCloseable> reversed() {
            List<AutoCloseable> all = new ArrayList<>(started.reversed());
            all.addAll(modules.reversed());
            return all;
        }
    }
}
