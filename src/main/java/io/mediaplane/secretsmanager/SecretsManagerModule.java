package io.mediaplane.secretsmanager;

import io.mediaplane.aws.SecretResolver;
import io.mediaplane.module.BackgroundJob;
import io.mediaplane.module.ModuleContext;
import io.mediaplane.module.ServiceModule;
import io.mediaplane.protocol.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AWS Secrets Manager: its API on the shared endpoint, the {@link SecretResolver} VOD and MediaTailor
 * read secrets through, and the purge of secrets whose recovery window has passed (at start-up, then
 * hourly; until purged such a secret already answers as gone).
 */
public final class SecretsManagerModule implements ServiceModule {
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(SecretsManagerModule.class);

    private final SecretsManagerService service;
    private final List<Endpoint<?>> endpoints;
    private final ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("secrets-purge").daemon().unstarted(r));

    /** Loads the secrets key (refusing one the stored values were not sealed with) and purges what is due. */
    public SecretsManagerModule(ModuleContext context) throws Exception {
        service =
                SecretsManagerService.open(context.config(), context.database(), context.pageTokens(), context.clock());
        endpoints = List.of(Endpoint.api(service.spec()));
    }

    @Override
    public List<Endpoint<?>> endpoints() {
        return endpoints;
    }

    @Override
    public List<BackgroundJob> jobs() {
        return List.of(BackgroundJob.of(
                "secrets-purge",
                () -> purger.scheduleWithFixedDelay(
                        this::purgeQuietly,
                        PURGE_INTERVAL.toMillis(),
                        PURGE_INTERVAL.toMillis(),
                        TimeUnit.MILLISECONDS),
                () -> {
                    purger.shutdownNow();
                    purger.awaitTermination(10, TimeUnit.SECONDS);
                }));
    }

    /** What other services read secrets through: an ARN, in the caller's account only, to its current value. */
    public SecretResolver resolver() {
        return service.resolver();
    }

    /** Purges the secrets whose recovery window has passed now; how many (tests call this). */
    public int purgeNow() {
        return service.purgeExpired();
    }

    private void purgeQuietly() {
        try {
            int purged = service.purgeExpired();
            LOG.debug("purged {} secrets past their recovery window", purged);
        } catch (RuntimeException e) {
            LOG.warn("purging deleted secrets failed: {}", e.toString());
        }
    }
}
