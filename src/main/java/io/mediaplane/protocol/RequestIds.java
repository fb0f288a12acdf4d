package io.mediaplane.protocol;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids in AWS's UUID form. They only need to be unique, not unguessable, so they come from
 * {@link ThreadLocalRandom} rather than {@link UUID#randomUUID()}, whose SecureRandom serializes
 * every request on a lock.
 */
public final class RequestIds {
    private RequestIds() {}

    public static String next() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
