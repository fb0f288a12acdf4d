package io.mediaplane.mediastore.data.lifecycle;

import io.mediaplane.mediastore.policy.LifecyclePolicy;
import io.mediaplane.mediastore.policy.LifecycleRule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes objects past their lifetime under their container's lifecycle policy ({@link LifecyclePolicy#expiresAt}:
 * transient-data rules in seconds, delete-object rules in days). One background thread walks every ACTIVE
 * container with a policy in path order, a small batch at a time, deleting each expired object only if it was not
 * overwritten meanwhile; each delete is its own short transaction, so requests are never held up behind a sweep.
 * Objects already expired but not yet swept are hidden by the read path, so the sweep interval bounds only how
 * long their bytes stay on disk. Deletions count in {@code mediaplane_mediastore_lifecycle_expired_total}.
 */
public final class LifecycleSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleSweeper.class);
    /** Objects listed per store call. */
    public static final int DEFAULT_BATCH = 200;

    private final LifecycleStore store;
    private final Clock clock;
    private final int batchSize;
    private final Counter expired;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("lifecycle-sweeper").daemon().unstarted(r));

    public LifecycleSweeper(LifecycleStore store, Clock clock, int batchSize, MeterRegistry registry) {
        this.store = store;
        this.clock = clock;
        this.batchSize = batchSize;
        this.expired = Counter.builder("mediaplane.mediastore.lifecycle.expired")
                .description("objects deleted by lifecycle policies")
                .register(registry);
    }

    /** Sweeps every {@code interval} (measured from the end of the previous sweep) on the sweeper's thread. */
    public LifecycleSweeper start(Duration interval) {
        thread.scheduleWithFixedDelay(
                this::sweepQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Runs one sweep on the sweeper's thread now and waits for it; the number of objects deleted. */
    public int sweepNow() throws Exception {
        return thread.submit((Callable<Integer>) this::sweep).get();
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("lifecycle sweep failed: {}", e.toString());
        }
    }

    /** One pass over every container with a lifecycle policy; the number of objects deleted. */
    int sweep() {
        int deleted = 0;
        for (LifecycleStore.Container c : store.containersWithLifecyclePolicy(clock.instant())) {
            try {
                deleted += sweep(c);
            } catch (RuntimeException e) {
                LOG.warn("lifecycle sweep of container {} failed: {}", c.name(), e.toString());
            }
        }
        return deleted;
    }

    private int sweep(LifecycleStore.Container c) {
        LifecyclePolicy policy = LifecyclePolicy.stored(c.lifecyclePolicy()).orElse(null);
        if (policy == null || policy.rules().stream().noneMatch(r -> r.action() == LifecycleRule.Action.EXPIRE)) {
            return 0;
        }
        int deleted = 0;
        String after = "";
        while (true) {
            List<LifecycleStore.StoredObject> batch = store.objects(c.containerId(), after, batchSize);
            Instant now = clock.instant();
            for (LifecycleStore.StoredObject o : batch) {
                Optional<Instant> due = policy.expiresAt(o.path(), o.createdAt(), c.policyEffectiveSince());
                if (due.isPresent() && !due.get().isAfter(now) && store.deleteIfUnchanged(c.containerId(), o)) {
                    deleted++;
                    expired.increment();
                }
            }
            if (batch.size() < batchSize) {
                return deleted;
            }
            after = batch.get(batch.size() - 1).path();
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
