package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.Containers;
import io.mediaplane.support.LiveServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediastoredata.model.ContainerNotFoundException;
import software.amazon.awssdk.services.mediastoredata.model.GetObjectResponse;
import software.amazon.awssdk.services.mediastoredata.model.ItemType;
import software.amazon.awssdk.services.mediastoredata.model.MediaStoreDataException;
import software.amazon.awssdk.services.mediastoredata.model.ObjectNotFoundException;
import software.amazon.awssdk.services.mediastoredata.model.PutObjectResponse;
import software.amazon.awssdk.services.mediastoredata.model.RequestedRangeNotSatisfiableException;
import software.amazon.awssdk.services.mediastoredata.model.StorageClass;

/** Every MediaStore Data operation and error through the AWS SDK for Java v2, against the real server. */
class MediaStoreDataIT {
    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static MediaStoreDataClient data(String label) {
        return Clients.mediaStoreData(Containers.activeEndpoint(server, label));
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A text body without the SDK's "text/plain; charset=UTF-8", which the model's Content-Type pattern refuses. */
    static RequestBody text(String s) {
        return RequestBody.fromBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void putGetDescribeDeleteABinaryObject() throws Exception {
        MediaStoreDataClient client = data("basic");
        byte[] body = bytes(300_000, 1);
        PutObjectResponse put = client.putObject(
                r -> r.path("live/seg1.ts").contentType("video/MP2T").cacheControl("max-age=6"),
                RequestBody.fromBytes(body));
        assertEquals(sha256(body), put.contentSHA256());
        assertEquals(StorageClass.TEMPORAL, put.storageClass());
        assertTrue(put.eTag().matches("[0-9a-f]{1,64}"), put.eTag());

        ResponseBytes<GetObjectResponse> got = client.getObjectAsBytes(r -> r.path("live/seg1.ts"));
        assertArrayEquals(body, got.asByteArray());
        assertEquals("video/MP2T", got.response().contentType());
        assertEquals(300_000L, got.response().contentLength());
        assertEquals("max-age=6", got.response().cacheControl());
        assertEquals(put.eTag(), got.response().eTag());
        assertEquals(200, got.response().statusCode());
        assertTrue(got.response().lastModified() != null);

        var described = client.describeObject(r -> r.path("live/seg1.ts"));
        assertEquals(300_000L, described.contentLength());
        assertEquals(put.eTag(), described.eTag());
        assertEquals("video/MP2T", described.contentType());
        assertEquals("max-age=6", described.cacheControl());
        assertEquals(got.response().lastModified(), described.lastModified());

        client.deleteObject(r -> r.path("live/seg1.ts"));
        ObjectNotFoundException e =
                assertThrows(ObjectNotFoundException.class, () -> client.getObjectAsBytes(r -> r.path("live/seg1.ts")));
        assertEquals(404, e.statusCode());
        assertEquals(
                404,
                assertThrows(ObjectNotFoundException.class, () -> client.describeObject(r -> r.path("live/seg1.ts")))
                        .statusCode());
        assertEquals(
                404,
                assertThrows(ObjectNotFoundException.class, () -> client.deleteObject(r -> r.path("live/seg1.ts")))
                        .statusCode());
    }

    @Test
    void sameContentHasTheSameETagAndOverwriteReplaces() {
        MediaStoreDataClient client = data("etag");
        byte[] a = "first".getBytes(StandardCharsets.UTF_8);
        String e1 =
                client.putObject(r -> r.path("a.txt"), RequestBody.fromBytes(a)).eTag();
        String e2 =
                client.putObject(r -> r.path("b.txt"), RequestBody.fromBytes(a)).eTag();
        assertEquals(e1, e2);
        byte[] b = "second version".getBytes(StandardCharsets.UTF_8);
        String e3 =
                client.putObject(r -> r.path("a.txt"), RequestBody.fromBytes(b)).eTag();
        assertTrue(!e3.equals(e1));
        assertArrayEquals(b, client.getObjectAsBytes(r -> r.path("a.txt")).asByteArray());
        assertEquals(2, client.listItems(r -> {}).items().size());
    }

    @Test
    void contentTypesOutsideTheModelsPatternAreRefused() {
        MediaStoreDataClient client = data("ctype");
        MediaStoreDataException e = assertThrows(
                MediaStoreDataException.class,
                () -> client.putObject(r -> r.path("a.txt"), RequestBody.fromString("x")));
        assertEquals(400, e.statusCode());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertTrue(e.awsErrorDetails().errorMessage().contains("contentType"), e.getMessage());
        client.putObject(r -> r.path("a.m3u8").contentType("application/vnd.apple.mpegurl"), text("#EXTM3U"));
        assertEquals(
                "application/vnd.apple.mpegurl",
                client.describeObject(r -> r.path("a.m3u8")).contentType());
        client.putObject(r -> r.path("b.bin"), text("x"));
        assertEquals(
                "application/octet-stream",
                client.describeObject(r -> r.path("b.bin")).contentType());
    }

    @Test
    void emptyObjectsAreObjects() {
        MediaStoreDataClient client = data("empty");
        client.putObject(r -> r.path("empty"), RequestBody.fromBytes(new byte[0]));
        assertEquals(0, client.getObjectAsBytes(r -> r.path("empty")).asByteArray().length);
        assertEquals(0L, client.describeObject(r -> r.path("empty")).contentLength());
    }

    @Test
    void rangesAnswer206WithContentRangeOr416() {
        MediaStoreDataClient client = data("range");
        byte[] body = bytes(1000, 2);
        client.putObject(r -> r.path("f.bin"), RequestBody.fromBytes(body));
        var part = client.getObjectAsBytes(r -> r.path("f.bin").range("bytes=100-199"));
        assertEquals(206, part.response().statusCode());
        assertEquals("bytes 100-199/1000", part.response().contentRange());
        assertEquals(100L, part.response().contentLength());
        assertArrayEquals(java.util.Arrays.copyOfRange(body, 100, 200), part.asByteArray());

        var open = client.getObjectAsBytes(r -> r.path("f.bin").range("bytes=990-"));
        assertArrayEquals(java.util.Arrays.copyOfRange(body, 990, 1000), open.asByteArray());
        assertEquals("bytes 990-999/1000", open.response().contentRange());
        var suffix = client.getObjectAsBytes(r -> r.path("f.bin").range("bytes=-10"));
        assertArrayEquals(java.util.Arrays.copyOfRange(body, 990, 1000), suffix.asByteArray());
        var clamped = client.getObjectAsBytes(r -> r.path("f.bin").range("bytes=995-5000"));
        assertEquals("bytes 995-999/1000", clamped.response().contentRange());

        RequestedRangeNotSatisfiableException e = assertThrows(
                RequestedRangeNotSatisfiableException.class,
                () -> client.getObjectAsBytes(r -> r.path("f.bin").range("bytes=1000-1001")));
        assertEquals(416, e.statusCode());
        assertEquals(
                "RequestedRangeNotSatisfiableException", e.awsErrorDetails().errorCode());
        assertEquals(
                416,
                assertThrows(
                                RequestedRangeNotSatisfiableException.class,
                                () -> client.getObjectAsBytes(
                                        r -> r.path("f.bin").range("bytes=500-400")))
                        .statusCode());
        MediaStoreDataException bad = assertThrows(
                MediaStoreDataException.class,
                () -> client.getObjectAsBytes(r -> r.path("f.bin").range("bytes=1-2,5-6")));
        assertEquals(400, bad.statusCode());
        assertEquals("ValidationException", bad.awsErrorDetails().errorCode());
    }

    @Test
    void foldersAreImplicitAndDisappearWhenEmpty() {
        MediaStoreDataClient client = data("folders");
        RequestBody one = text("x");
        client.putObject(r -> r.path("a/b/c/1.ts"), text("1"));
        client.putObject(r -> r.path("a/b/2.ts"), text("22"));
        client.putObject(r -> r.path("a/index.m3u8"), one);
        client.putObject(r -> r.path("top.txt"), text("t"));

        var root = client.listItems(r -> {}).items();
        assertEquals(List.of("a", "top.txt"), root.stream().map(i -> i.name()).toList());
        assertEquals(ItemType.FOLDER, root.get(0).type());
        assertNull(root.get(0).contentLength());
        assertEquals(ItemType.OBJECT, root.get(1).type());
        assertEquals(1L, root.get(1).contentLength());

        var a = client.listItems(r -> r.path("a")).items();
        assertEquals(List.of("b", "index.m3u8"), a.stream().map(i -> i.name()).toList());
        var ab = client.listItems(r -> r.path("/a/b/")).items();
        assertEquals(List.of("2.ts", "c"), ab.stream().map(i -> i.name()).toList());
        assertEquals(2L, ab.get(0).contentLength());
        assertTrue(ab.get(0).lastModified() != null && ab.get(0).eTag() != null);

        client.deleteObject(r -> r.path("a/b/c/1.ts"));
        assertEquals(
                List.of("2.ts"),
                client.listItems(r -> r.path("a/b")).items().stream()
                        .map(i -> i.name())
                        .toList());
        client.deleteObject(r -> r.path("a/b/2.ts"));
        assertEquals(
                List.of("index.m3u8"),
                client.listItems(r -> r.path("a")).items().stream()
                        .map(i -> i.name())
                        .toList());
        assertTrue(client.listItems(r -> r.path("nowhere/")).items().isEmpty());
    }

    @Test
    void listItemsPaginates() {
        MediaStoreDataClient client = data("pages");
        for (int i = 0; i < 7; i++) {
            String name = "o" + i;
            client.putObject(r -> r.path(name), text(name));
        }
        client.putObject(r -> r.path("f/x"), text("x"));
        var first = client.listItems(r -> r.maxResults(3));
        assertEquals(
                List.of("f", "o0", "o1"),
                first.items().stream().map(i -> i.name()).toList());
        var second = client.listItems(r -> r.maxResults(3).nextToken(first.nextToken()));
        assertEquals(
                List.of("o2", "o3", "o4"),
                second.items().stream().map(i -> i.name()).toList());
        var third = client.listItems(r -> r.maxResults(3).nextToken(second.nextToken()));
        assertEquals(
                List.of("o5", "o6"), third.items().stream().map(i -> i.name()).toList());
        assertNull(third.nextToken());
        List<String> all = client.listItemsPaginator(r -> r.maxResults(2)).stream()
                .flatMap(p -> p.items().stream())
                .map(i -> i.name())
                .toList();
        assertEquals(8, all.size());

        MediaStoreDataException tampered = assertThrows(
                MediaStoreDataException.class,
                () -> client.listItems(r -> r.maxResults(3).path("f").nextToken(first.nextToken())));
        assertEquals(400, tampered.statusCode());
        assertEquals("ValidationException", tampered.awsErrorDetails().errorCode());
        MediaStoreDataException tooMany =
                assertThrows(MediaStoreDataException.class, () -> client.listItems(r -> r.maxResults(1001)));
        assertEquals(400, tooMany.statusCode());
    }

    @Test
    void pathRulesAreEnforcedWithAClearError() {
        MediaStoreDataClient client = data("paths");
        String deep = "1/2/3/4/5/6/7/8/9/10/11/file";
        MediaStoreDataException e =
                assertThrows(MediaStoreDataException.class, () -> client.putObject(r -> r.path(deep), text("x")));
        assertEquals(400, e.statusCode());
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertTrue(e.awsErrorDetails().errorMessage().contains("at most 10"), e.getMessage());
        client.putObject(r -> r.path("1/2/3/4/5/6/7/8/9/10/file"), text("ok"));

        String longName = "x".repeat(901);
        MediaStoreDataException tooLong =
                assertThrows(MediaStoreDataException.class, () -> client.putObject(r -> r.path(longName), text("x")));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.awsErrorDetails().errorMessage().contains("900"), tooLong.getMessage());

        MediaStoreDataException badChar =
                assertThrows(MediaStoreDataException.class, () -> client.putObject(r -> r.path("a b.txt"), text("x")));
        assertEquals(400, badChar.statusCode());
        assertEquals("ValidationException", badChar.awsErrorDetails().errorCode());
        assertTrue(client.listItems(r -> {}).items().stream()
                .allMatch(i -> i.name().equals("1")));
    }

    @Test
    void leadingSlashesAreInsignificant() {
        MediaStoreDataClient client = data("slashes");
        client.putObject(r -> r.path("/folder/a.txt"), text("A"));
        assertEquals("A", client.getObjectAsBytes(r -> r.path("folder/a.txt")).asUtf8String());
        assertEquals("A", client.getObjectAsBytes(r -> r.path("//folder/a.txt")).asUtf8String());
        assertEquals(
                List.of("folder"),
                client.listItems(r -> {}).items().stream().map(i -> i.name()).toList());
    }

    @Test
    void unknownOrInactiveContainersAnswerContainerNotFound() {
        String endpoint = server.endpoint() + "/mediastore-data/zzzzzzzzzzzzzz";
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        ContainerNotFoundException e =
                assertThrows(ContainerNotFoundException.class, () -> client.getObjectAsBytes(r -> r.path("a")));
        assertEquals(404, e.statusCode());
        assertEquals(
                404,
                assertThrows(ContainerNotFoundException.class, () -> client.putObject(r -> r.path("a"), text("x")))
                        .statusCode());
        assertEquals(
                404,
                assertThrows(ContainerNotFoundException.class, () -> client.describeObject(r -> r.path("a")))
                        .statusCode());
        assertEquals(
                404,
                assertThrows(ContainerNotFoundException.class, () -> client.listItems(r -> {}))
                        .statusCode());
        assertEquals(
                404,
                assertThrows(ContainerNotFoundException.class, () -> client.deleteObject(r -> r.path("a")))
                        .statusCode());

        String live = Containers.activeEndpoint(server, "deleted");
        String name = Containers.nameOf(server, live);
        server.mediaStore().deleteContainer(r -> r.containerName(name));
        assertEquals(
                404,
                assertThrows(
                                ContainerNotFoundException.class,
                                () -> Clients.mediaStoreData(live).listItems(r -> {}))
                        .statusCode());
    }

    @Test
    void oversizeUploadsAreRefusedAndNothingIsStored() {
        MediaStoreDataClient client = data("limits");
        byte[] big = new byte[(25 << 20) + 1];
        MediaStoreDataException e = assertThrows(
                MediaStoreDataException.class,
                () -> client.putObject(r -> r.path("big.bin"), RequestBody.fromBytes(big)));
        assertEquals(413, e.statusCode());
        assertEquals("RequestEntityTooLargeException", e.awsErrorDetails().errorCode());
        byte[] streaming = new byte[(10 << 20) + 1];
        MediaStoreDataException s = assertThrows(
                MediaStoreDataException.class,
                () -> client.putObject(
                        r -> r.path("live.bin").uploadAvailability("STREAMING"), RequestBody.fromBytes(streaming)));
        assertEquals(413, s.statusCode());
        assertTrue(client.listItems(r -> {}).items().isEmpty());
        assertThrows(ObjectNotFoundException.class, () -> client.describeObject(r -> r.path("big.bin")));
        client.putObject(r -> r.path("ok.bin"), RequestBody.fromBytes(new byte[10 << 20]));
        assertEquals(10L << 20, client.describeObject(r -> r.path("ok.bin")).contentLength());
    }

    @Test
    void aContainerWithObjectsCannotBeDeleted() {
        String endpoint = Containers.activeEndpoint(server, "inuse");
        String name = Containers.nameOf(server, endpoint);
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        client.putObject(r -> r.path("keep/me"), text("x"));
        var e = assertThrows(
                software.amazon.awssdk.services.mediastore.model.ContainerInUseException.class,
                () -> server.mediaStore().deleteContainer(r -> r.containerName(name)));
        assertEquals(400, e.statusCode());
        client.deleteObject(r -> r.path("keep/me"));
        server.mediaStore().deleteContainer(r -> r.containerName(name));
    }

    @Test
    void objectsPastTheirLifecycleAreNotServedOrListed() {
        String endpoint = Containers.activeEndpoint(server, "lifecycle");
        String name = Containers.nameOf(server, endpoint);
        server.mediaStore()
                .putLifecyclePolicy(r -> r.containerName(name)
                        .lifecyclePolicy("{\"rules\":[{\"definition\":{"
                                + "\"path\":[{\"wildcard\":\"live/*.ts\"}],\"seconds_since_create\":[{\"numeric\":[\">\",30]}]},"
                                + "\"action\":\"EXPIRE\"}]}"));
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        client.putObject(r -> r.path("live/seg1.ts"), text("1"));
        client.putObject(r -> r.path("live/index.m3u8"), text("#EXTM3U"));
        client.putObject(r -> r.path("old/seg.ts"), text("o"));
        assertEquals("1", client.getObjectAsBytes(r -> r.path("live/seg1.ts")).asUtf8String());

        server.testServer().clock().advance(java.time.Duration.ofSeconds(31));
        assertEquals(
                404,
                assertThrows(ObjectNotFoundException.class, () -> client.getObjectAsBytes(r -> r.path("live/seg1.ts")))
                        .statusCode());
        assertThrows(ObjectNotFoundException.class, () -> client.describeObject(r -> r.path("live/seg1.ts")));
        assertEquals(
                List.of("index.m3u8"),
                client.listItems(r -> r.path("live")).items().stream()
                        .map(i -> i.name())
                        .toList());
        assertEquals("o", client.getObjectAsBytes(r -> r.path("old/seg.ts")).asUtf8String());
        client.putObject(r -> r.path("live/seg1.ts"), text("2"));
        assertEquals("2", client.getObjectAsBytes(r -> r.path("live/seg1.ts")).asUtf8String(), "a new version lives");
    }

    @Test
    void transientRulesApplyOnlyToObjectsAddedAfterThePolicy() {
        String endpoint = Containers.activeEndpoint(server, "transient");
        String name = Containers.nameOf(server, endpoint);
        MediaStoreDataClient client = Clients.mediaStoreData(endpoint);
        client.putObject(r -> r.path("live/before.ts"), text("b"));
        server.testServer().clock().advance(java.time.Duration.ofSeconds(1));
        server.mediaStore()
                .putLifecyclePolicy(r -> r.containerName(name)
                        .lifecyclePolicy("{\"rules\":[{\"definition\":{"
                                + "\"path\":[{\"wildcard\":\"live/*.ts\"}],\"seconds_since_create\":[{\"numeric\":[\">\",30]}]},"
                                + "\"action\":\"EXPIRE\"}]}"));
        client.putObject(r -> r.path("live/after.ts"), text("a"));

        server.testServer().clock().advance(java.time.Duration.ofSeconds(31));
        assertEquals("b", client.getObjectAsBytes(r -> r.path("live/before.ts")).asUtf8String());
        assertThrows(ObjectNotFoundException.class, () -> client.getObjectAsBytes(r -> r.path("live/after.ts")));
        assertEquals(
                List.of("before.ts"),
                client.listItems(r -> r.path("live")).items().stream()
                        .map(i -> i.name())
                        .toList());
    }
}
