package io.mediaplane.mediastore.data.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.mediastore.MediaStoreModule;
import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.Item;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;

/** The lifecycle sweeper on the real server: expired objects are deleted, not just hidden. */
class LifecycleSweepIT {
    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static List<String> names(MediaStoreDataClient data, String folder) {
        return data.listItems(r -> r.path(folder)).items().stream()
                .map(Item::name)
                .toList();
    }

    @Test
    void expiredObjectsAreDeletedByTheSweeper() throws Exception {
        String endpoint = Containers.activeEndpoint(server, "swept");
        String name = Containers.nameOf(server, endpoint);
        server.mediaStore().putLifecyclePolicy(r -> r.containerName(name).lifecyclePolicy("""
                {"rules":[
                  {"definition":{"path":[{"wildcard":"live/*"}],"seconds_since_create":[{"numeric":[">",15]}]},
                   "action":"EXPIRE"},
                  {"definition":{"path":[{"prefix":"vod/"}],"days_since_create":[{"numeric":[">=",1]}]},
                   "action":"EXPIRE"}]}"""));
        MediaStoreDataClient data = Clients.mediaStoreData(endpoint);
        data.putObject(
                r -> r.path("live/seg1.ts"),
                RequestBody.fromBytes("1".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        data.putObject(
                r -> r.path("live/seg2.ts"),
                RequestBody.fromBytes("2".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        data.putObject(
                r -> r.path("vod/movie.mp4"),
                RequestBody.fromBytes("m".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        data.putObject(
                r -> r.path("keep/poster.jpg"),
                RequestBody.fromBytes("p".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertEquals(
                0,
                server.testServer()
                        .mediaplane()
                        .module(MediaStoreModule.class)
                        .lifecycleSweeper()
                        .sweepNow());
        server.testServer().clock().advance(Duration.ofSeconds(17));
        assertEquals(
                2,
                server.testServer()
                        .mediaplane()
                        .module(MediaStoreModule.class)
                        .lifecycleSweeper()
                        .sweepNow());
        assertEquals(List.of(), names(data, "live"));
        assertThrows(ObjectNotFoundException.class, () -> data.getObjectAsBytes(r -> r.path("live/seg1.ts")));
        // Deleted, not hidden: without the policy they stay gone.
        server.mediaStore().deleteLifecyclePolicy(r -> r.containerName(name));
        assertEquals(List.of(), names(data, "live"));
        assertThrows(ObjectNotFoundException.class, () -> data.describeObject(r -> r.path("live/seg2.ts")));
        assertEquals(List.of("movie.mp4"), names(data, "vod"));

        server.mediaStore().putLifecyclePolicy(r -> r.containerName(name).lifecyclePolicy("""
                {"rules":[{"definition":{"path":[{"prefix":"vod/"}],"days_since_create":[{"numeric":[">=",1]}]},
                   "action":"EXPIRE"}]}"""));
        // A day later (then back, so signed requests stay within SigV4's clock skew):
        server.testServer().clock().advance(Duration.ofDays(1));
        assertEquals(
                1,
                server.testServer()
                        .mediaplane()
                        .module(MediaStoreModule.class)
                        .lifecycleSweeper()
                        .sweepNow());
        server.testServer().clock().advance(Duration.ofDays(-1));
        server.mediaStore().deleteLifecyclePolicy(r -> r.containerName(name));
        assertThrows(ObjectNotFoundException.class, () -> data.describeObject(r -> r.path("vod/movie.mp4")));
        assertEquals("p", data.getObjectAsBytes(r -> r.path("keep/poster.jpg")).asUtf8String());
    }
}
