package io.mediaplane.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadCacheTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final ReadCache<String, String> cache = new ReadCache<>(100, 3, now::get);
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<String> load(String key) {
        loads.incrementAndGet();
        return Optional.of(key + "-v" + loads.get());
    }

    @Test
    void servesTheLoadedValueUntilItExpires() {
        assertEquals("a-v1", cache.get("a", this::load).orElseThrow());
        now.addAndGet(99);
        assertEquals("a-v1", cache.get("a", this::load).orElseThrow());
        now.addAndGet(1);
        assertEquals("a-v2", cache.get("a", this::load).orElseThrow(), "another node's write shows after the TTL");
        assertEquals(2, loads.get());
    }

    @Test
    void aWriteOnThisNodeShowsAtOnce() {
        cache.get("a", this::load);
        cache.invalidate("a");
        assertEquals("a-v2", cache.get("a", this::load).orElseThrow());
        cache.invalidateAll();
        assertEquals("a-v3", cache.get("a", this::load).orElseThrow());
    }

    @Test
    void absentValuesAreNeverCached() {
        assertTrue(cache.get("a", k -> Optional.empty()).isEmpty());
        assertEquals("a-v1", cache.get("a", this::load).orElseThrow(), "something new is visible at once");
    }

    @Test
    void aLoadThatOverlapsAWriteIsNotKept() {
        // The load read the old version; a writer replaced it and invalidated before the load returned.
        Optional<String> stale = cache.get("a", k -> {
            cache.invalidate("a");
            return Optional.of("old");
        });
        assertEquals("old", stale.orElseThrow(), "the caller still gets what it read");
        assertEquals("a-v1", cache.get("a", this::load).orElseThrow(), "but nobody else is served it again");
    }

    @Test
    void aWriteToAnotherKeyDuringTheLoadAlsoKeepsItOut() {
        cache.get("a", k -> {
            cache.invalidate("b");
            return Optional.of("maybe-old");
        });
        assertEquals("a-v1", cache.get("a", this::load).orElseThrow());
    }

    @Test
    void staysWithinItsBound() {
        for (int i = 0; i < 10; i++) {
            cache.get("k" + i, this::load);
            assertTrue(cache.size() <= 3, "size " + cache.size());
        }
    }
}
