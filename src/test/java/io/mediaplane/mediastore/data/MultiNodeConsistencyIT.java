package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.MediaStoreDataException;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/**
 * Two nodes on one database and one blob store (decision 0009): what one node writes, the other
 * serves at once when it is new and within the read caches' second when it replaces, deletes or
 * re-polices something, and never as a torn or mixed object in between.
 */
class MultiNodeConsistencyIT {
    /** Far above the caches' 1 s lifetime: a bound on staleness, not a timing measurement. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Test
    void anotherNodesWritesShowAtOnceWhenNewAndWithinTheCacheLifetimeOtherwise() throws Exception {
        try (TestServer a = TestServer.start();
                TestServer b = a.secondNode();
                MediaStoreClient control = Clients.mediaStore(a.endpoint())) {
            control.createContainer(r -> r.containerName("multi"));
            a.settle();
            b.settle();
            String onAUrl = control.describeContainer(r -> r.containerName("multi"))
                    .container()
                    .endpoint();
            String onBUrl = onAUrl.replace(
                    a.endpoint().toString().replaceAll("/$", ""),
                    b.endpoint().toString().replaceAll("/$", ""));
            try (MediaStoreDataClient onA = Clients.mediaStoreData(onAUrl);
                    MediaStoreDataClient onB = Clients.mediaStoreData(onBUrl)) {
                byte[] v1 = MediaStoreDataIT.bytes(300_000, 1);
                byte[] v2 = MediaStoreDataIT.bytes(200_000, 2);
                onA.putObject(r -> r.path("live/seg.ts"), RequestBody.fromBytes(v1));
                assertEquals(
                        MediaStoreDataIT.sha256(v1), sha(onB), "a new object is visible on the other node at once");

                onA.putObject(r -> r.path("live/seg.ts"), RequestBody.fromBytes(v2));
                Set<String> whole = Set.of(MediaStoreDataIT.sha256(v1), MediaStoreDataIT.sha256(v2));
                eventually(() -> {
                    String got = sha(onB);
                    assertTrue(whole.contains(got), "every read on the other node is one whole version");
                    return got.equals(MediaStoreDataIT.sha256(v2));
                });

                onA.deleteObject(r -> r.path("live/seg.ts"));
                eventually(() -> {
                    try {
                        assertEquals(MediaStoreDataIT.sha256(v2), sha(onB), "until then, the last version whole");
                        return false;
                    } catch (ObjectNotFoundException e) {
                        return true;
                    }
                });

                onA.putObject(r -> r.path("live/next.ts"), RequestBody.fromBytes(v1));
                control.putContainerPolicy(r -> r.containerName("multi").policy("""
                        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*",
                         "Action":"mediastore:GetObject","Resource":"*"}]}"""));
                eventually(() -> {
                    try {
                        onB.getObjectAsBytes(r -> r.path("live/next.ts"));
                        return false;
                    } catch (MediaStoreDataException e) {
                        assertEquals(403, e.statusCode(), e.getMessage());
                        return true;
                    }
                });
                MediaStoreDataException denied = assertThrows(
                        MediaStoreDataException.class,
                        () -> onA.getObjectAsBytes(r -> r.path("live/next.ts")),
                        "the writing node: at once");
                assertEquals("AccessDeniedException", denied.awsErrorDetails().errorCode());
            }
        }
    }

    private static String sha(MediaStoreDataClient client) throws Exception {
        return MediaStoreDataIT.sha256(
                client.getObjectAsBytes(r -> r.path("live/seg.ts")).asByteArray());
    }

    private static void eventually(Callable<Boolean> done) throws Exception {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.call()) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the other node did not catch up within " + EVENTUALLY);
    }
}
