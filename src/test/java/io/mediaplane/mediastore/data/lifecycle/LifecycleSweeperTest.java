package io.mediaplane.mediastore.data.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import io.mediaplane.support.CapturedLog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleSweeperTest {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final String TRANSIENT = "{\"rules\":[{\"definition\":{\"path\":[{\"wildcard\":\"live/*.ts\"}],"
            + "\"seconds_since_create\":[{\"numeric\":[\">\",15]}]},\"action\":\"EXPIRE\"}]}";
    private static final String DAYS = "{\"rules\":[{\"definition\":{\"path\":[{\"prefix\":\"vod/\"}],"
            + "\"days_since_create\":[{\"numeric\":[\">=\",2]}]},\"action\":\"EXPIRE\"}]}";
    private static final String ARCHIVE_ONLY = "{\"rules\":[{\"definition\":{\"path\":[{\"prefix\":\"\"}],"
            + "\"days_since_create\":[{\"numeric\":[\">=\",30]}]},\"action\":\"ARCHIVE\"}]}";

    /** A clock the test sets. */
    static final class SetClock extends Clock {
        volatile Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final SetClock clock = new SetClock();
    private final InMemoryLifecycleStore store = new InMemoryLifecycleStore();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LifecycleSweeper sweeper = new LifecycleSweeper(store, clock, 3, registry);

    @AfterEach
    void close() throws InterruptedException {
        sweeper.close();
    }

    @Test
    void transientRulesExpireObjectsTheSecondTheyAreDue() throws Exception {
        store.container("c1", TRANSIENT);
        store.put("c1", "live/seg1.ts", T0);
        store.put("c1", "live/index.m3u8", T0);
        store.put("c1", "vod/seg1.ts", T0);
        clock.now = T0.plusSeconds(15);
        assertEquals(0, sweeper.sweepNow());
        clock.now = T0.plusSeconds(16);
        assertEquals(1, sweeper.sweepNow());
        assertEquals(List.of("live/index.m3u8", "vod/seg1.ts"), store.paths("c1"));
        assertEquals(
                1,
                registry.get("mediaplane.mediastore.lifecycle.expired")
                        .counter()
                        .count());
    }

    @Test
    void transientRulesSpareObjectsAddedBeforeThePolicyButDayRulesDoNot() throws Exception {
        String both = "{\"rules\":[" + TRANSIENT.substring(10, TRANSIENT.length() - 2) + ","
                + DAYS.substring(10, DAYS.length() - 2) + "]}";
        store.container("c1", both, T0.plusSeconds(5));
        store.put("c1", "live/before.ts", T0);
        store.put("c1", "live/after.ts", T0.plusSeconds(5));
        store.put("c1", "vod/before.mp4", T0);
        clock.now = T0.plus(Duration.ofDays(2));
        assertEquals(2, sweeper.sweepNow());
        assertEquals(List.of("live/before.ts"), store.paths("c1"));
    }

    @Test
    void dayRulesApplyByPrefixAndAge() throws Exception {
        store.container("c1", DAYS);
        store.put("c1", "vod/old.mp4", T0);
        store.put("c1", "vod/new.mp4", T0.plus(Duration.ofDays(1)));
        store.put("c1", "live/old.ts", T0);
        clock.now = T0.plus(Duration.ofDays(2)).minusMillis(1);
        assertEquals(0, sweeper.sweepNow());
        clock.now = T0.plus(Duration.ofDays(2));
        assertEquals(1, sweeper.sweepNow());
        assertEquals(List.of("live/old.ts", "vod/new.mp4"), store.paths("c1"));
    }

    @Test
    void walksEveryBatchOfEveryContainer() throws Exception {
        store.container("a", DAYS);
        store.container("b", TRANSIENT);
        store.container("none", null);
        for (int i = 0; i < 10; i++) {
            store.put("a", String.format("vod/%02d.mp4", i), T0);
            store.put("b", String.format("live/%02d.ts", i), T0);
            store.put("none", String.format("vod/%02d.mp4", i), T0);
        }
        clock.now = T0.plus(Duration.ofDays(3));
        assertEquals(20, sweeper.sweepNow());
        assertEquals(List.of(), store.paths("a"));
        assertEquals(List.of(), store.paths("b"));
        assertEquals(10, store.paths("none").size());
        // 10 objects in batches of 3: 4 listings per container; the container without a policy is never listed.
        assertEquals(8, store.listCalls.get());
    }

    @Test
    void anObjectOverwrittenDuringTheSweepIsKept() throws Exception {
        store.container("c1", TRANSIENT);
        store.put("c1", "live/seg1.ts", T0);
        clock.now = T0.plusSeconds(20);
        store.beforeDelete = () -> store.put("c1", "live/seg1.ts", clock.now);
        assertEquals(0, sweeper.sweepNow());
        assertEquals(List.of("live/seg1.ts"), store.paths("c1"));
        store.beforeDelete = () -> {};
        clock.now = T0.plusSeconds(36);
        assertEquals(1, sweeper.sweepNow());
    }

    @Test
    void archiveRulesAndUnparsablePoliciesDeleteNothingAndDoNotStopOtherContainers() throws Exception {
        store.container("archive", ARCHIVE_ONLY);
        store.container("broken", "{\"rules\": 5}");
        store.container("live", TRANSIENT);
        store.put("archive", "a.ts", T0);
        store.put("broken", "live/a.ts", T0);
        store.put("live", "live/a.ts", T0);
        clock.now = T0.plus(Duration.ofDays(400));
        assertEquals(1, sweeper.sweepNow());
        assertEquals(List.of("a.ts"), store.paths("archive"));
        assertEquals(List.of("live/a.ts"), store.paths("broken"));
        assertEquals(List.of(), store.paths("live"));
    }

    @Test
    void aFailingContainerDoesNotStopTheSweep() throws Exception {
        store.container("a", TRANSIENT);
        store.container("b", TRANSIENT);
        store.put("a", "live/x.ts", T0);
        store.put("b", "live/y.ts", T0);
        store.failing.add("a");
        clock.now = T0.plusSeconds(60);
        try (CapturedLog log = CapturedLog.of(LifecycleSweeper.class)) {
            assertEquals(1, sweeper.sweepNow());
            assertEquals(List.of(), store.paths("b"));
            assertEquals(
                    List.of(
                            "lifecycle sweep of container name-a failed: java.lang.IllegalStateException: listing a failed"),
                    log.at(Level.WARN).stream()
                            .map(e -> e.getFormattedMessage())
                            .toList());
        }
    }
}
