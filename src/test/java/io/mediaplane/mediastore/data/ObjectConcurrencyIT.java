package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;

/** Readers racing overwriters of one path never see a torn or mixed object; concurrent writers leave one winner. */
class ObjectConcurrencyIT {
    private static final int VERSIONS = 4;
    private static final int SIZE = 256 * 1024;

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    @Test
    void readersSeeWholeVersionsWhileWritersOverwriteAndOneWriterWins() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "race");
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        List<byte[]> versions = new ArrayList<>();
        Map<String, Integer> bySha = new ConcurrentHashMap<>();
        for (int v = 0; v < VERSIONS; v++) {
            byte[] body = MediaStoreDataIT.bytes(SIZE, 100 + v);
            versions.add(body);
            bySha.put(MediaStoreDataIT.sha256(body), v);
        }
        client.putObject(r -> r.path("hot/seg.ts"), RequestBody.fromBytes(versions.get(0)));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 12; i++) {
                        byte[] body = versions.get((writer + i) % VERSIONS);
                        client.putObject(r -> r.path("hot/seg.ts"), RequestBody.fromBytes(body));
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 4; r++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        var got = client.getObjectAsBytes(q -> q.path("hot/seg.ts"));
                        String sha = MediaStoreDataIT.sha256(got.asByteArray());
                        Integer version = bySha.get(sha);
                        assertTrue(version != null, "a read returned bytes of no written version (torn/mixed)");
                        assertEquals(got.response().eTag(), ObjectRecord.eTagOf(sha), "ETag of the bytes served");
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        var last = client.getObjectAsBytes(q -> q.path("hot/seg.ts"));
        Integer winner = bySha.get(MediaStoreDataIT.sha256(last.asByteArray()));
        assertTrue(winner != null, "the final object is one complete written version");
        assertEquals(
                (long) SIZE, client.describeObject(q -> q.path("hot/seg.ts")).contentLength());
        assertEquals(1, client.listItems(q -> q.path("hot")).items().size());
        assertEquals(1, blobFiles(server.testServer().config().dataDir()), "replaced versions leave no blob behind");
    }

    static long blobFiles(Path dataDir) throws Exception {
        try (Stream<Path> files = Files.walk(dataDir.resolve("objects/blobs"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
