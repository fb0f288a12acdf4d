package io.mediaplane.mediastore.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.EndpointAddress;
import io.mediaplane.store.blob.ByteRange;
import io.mediaplane.support.FakeExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectPathsTest {
    @Test
    void pathsFoldersAndNames() {
        assertEquals("a/b.ts", ObjectPaths.strip("///a/b.ts"));
        assertEquals("a/b/", ObjectPaths.folderOf("a/b/c.ts"));
        assertEquals("", ObjectPaths.folderOf("c.ts"));
        assertEquals("c.ts", ObjectPaths.nameOf("a/b/c.ts"));
        assertEquals("a/b/", ObjectPaths.folderPrefix("/a/b"));
        assertEquals("a/b/", ObjectPaths.folderPrefix("a/b/"));
        assertEquals("", ObjectPaths.folderPrefix(null));
        assertEquals("", ObjectPaths.folderPrefix("/"));
    }

    @Test
    void limitsNameTheRuleBroken() {
        ObjectPaths.requireWithinLimits("1/2/3/4/5/6/7/8/9/10/f", false);
        AwsException deep = assertThrows(
                AwsException.class, () -> ObjectPaths.requireWithinLimits("1/2/3/4/5/6/7/8/9/10/11/f", false));
        assertEquals("ValidationException", deep.code());
        assertEquals(400, deep.status());
        assertThrows(AwsException.class, () -> ObjectPaths.requireWithinLimits("x".repeat(901), false));
        assertThrows(AwsException.class, () -> ObjectPaths.requireWithinLimits("a//b", false));
        ObjectPaths.requireWithinLimits("1/2/3/4/5/6/7/8/9/10/", true);
        assertThrows(AwsException.class, () -> ObjectPaths.requireWithinLimits("1/2/3/4/5/6/7/8/9/10/11/", true));
    }

    @Test
    void anUnsatisfiableRangeIsMediaStoreDatas416() {
        assertEquals(new ByteRange(0, 9, 100), ObjectOperations.range("bytes=0-9", 100));
        for (String unsatisfiable : List.of("bytes=100-", "bytes=100-200", "bytes=5-4", "bytes=-0")) {
            AwsException e =
                    assertThrows(AwsException.class, () -> ObjectOperations.range(unsatisfiable, 100), unsatisfiable);
            assertEquals(416, e.status());
            assertEquals("RequestedRangeNotSatisfiableException", e.code());
        }
        assertThrows(AwsException.class, () -> ObjectOperations.range("bytes=0-0", 0), "an empty object has no byte 0");
    }

    @Test
    void endpointsByPathPrefixOrHostName() {
        EndpointAddress byPath = address(new FakeExchange("GET", "/mediastore-data/abc//x/y", "", Map.of(), null));
        assertEquals(new EndpointAddress("abc", "//x/y"), byPath);
        assertEquals(
                new EndpointAddress("abc", ""),
                address(new FakeExchange("GET", "/mediastore-data/abc", "", Map.of(), null)));
        assertEquals(
                new EndpointAddress("abc", "/x"),
                address(new FakeExchange(
                        "GET",
                        "/x",
                        "",
                        Map.of("Host", List.of("abc.data.mediastore.us-east-1.amazonaws.com")),
                        null)));
        assertNull(address(
                new FakeExchange("GET", "/x", "", Map.of("Host", List.of("www.abc.data.mediastore.example")), null)));
        assertNull(address(new FakeExchange("GET", "/tags/arn", "", Map.of("Host", List.of("localhost")), null)));
    }

    private static EndpointAddress address(FakeExchange request) {
        return DataEndpoint.MOUNT.locate(request.header("Host"), request.rawPath());
    }
}
