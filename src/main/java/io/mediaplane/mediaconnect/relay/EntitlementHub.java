package io.mediaplane.mediaconnect.relay;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Entitlements inside one server: the originator's entitlement output publishes each packet to
 * the flows whose source is that entitlement. Delivery is synchronous, on the publisher's thread;
 * a subscriber that fails is counted there and never disturbs the publisher.
 */
final class EntitlementHub {
    private final ConcurrentHashMap<String, List<Ingest>> subscribers = new ConcurrentHashMap<>();

    void subscribe(String entitlementArn, Ingest ingest) {
        subscribers
                .computeIfAbsent(entitlementArn, k -> new CopyOnWriteArrayList<>())
                .add(ingest);
    }

    void unsubscribe(String entitlementArn, Ingest ingest) {
        subscribers.computeIfPresent(entitlementArn, (k, list) -> {
            list.remove(ingest);
            return list.isEmpty() ? null : list;
        });
    }

    void publish(String entitlementArn, byte[] buf, int off, int len) {
        List<Ingest> list = subscribers.get(entitlementArn);
        if (list == null) {
            return;
        }
        for (Ingest ingest : list) {
            ingest.fromEntitlement(buf, off, len, System.nanoTime());
        }
    }
}
