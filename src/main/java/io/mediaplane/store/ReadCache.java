package io.mediaplane.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small read-through cache in front of the metadata store, for lookups on the hot path of
 * every data request (a container by its endpoint id, an object row by its path). Two rules keep
 * it honest:
 * <ul>
 * <li>Writes on this node are seen at once: the writer calls {@link #invalidate} or
 * {@link #invalidateAll} after its write, and a load that overlapped any write is not kept (a
 * write counter taken before the load must be unchanged after it), so a reader can never put a
 * version back that a writer has just replaced.</li>
 * <li>Writes by another node sharing the database are seen within {@code ttlNanos}: entries
 * expire. Absent values are never cached, so something new is visible everywhere at once.</li>
 * </ul>
 * Bounded: past {@code maxEntries} the cache is emptied and refills with what is hot.
 */
public final class ReadCache<K, V> {
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    private record Entry<V>(V value, long loadedAt) {}

    public ReadCache(long ttlNanos, int maxEntries) {
        this(ttlNanos, maxEntries, System::nanoTime);
    }

    ReadCache(long ttlNanos, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttlNanos;
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The cached value, or what {@code load} finds (kept when present and no write overlapped the load). */
    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return Optional.of(entry.value());
        }
        long before = writes.get();
        Optional<V> loaded = load.apply(key);
        if (loaded.isPresent() && writes.get() == before) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            Entry<V> fresh = new Entry<>(loaded.get(), now);
            entries.put(key, fresh);
            if (writes.get() != before) { // a writer slipped in between the check and the put
                entries.remove(key, fresh);
            }
        } else if (entry != null) {
            entries.remove(key, entry);
        }
        return loaded;
    }

    /** After a write of {@code key} on this node: the next read loads it again. */
    public void invalidate(K key) {
        writes.incrementAndGet();
        entries.remove(key);
    }

    /** After a write that may touch any key. */
    public void invalidateAll() {
        writes.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }
}
