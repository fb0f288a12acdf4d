package io.mediaplane.mediastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastore.model.ContainerNotFoundException;
import software.amazon.awssdk.services.mediastore.model.Tag;

/** Resources are scoped by account and region: another account can neither see nor touch them. */
class AccountIsolationIT {
    @Test
    void anotherAccountCannotSeeOrTouchContainers(@TempDir Path dir) throws Exception {
        Path creds = dir.resolve("creds.txt");
        Files.writeString(creds, "# second account\nAKIDSECOND00000001 second-secret 111122223333\n");
        try (TestServer server = TestServer.start(Duration.ofSeconds(5), creds);
                MediaStoreClient owner = Clients.mediaStore(server.endpoint());
                MediaStoreClient other =
                        Clients.mediaStore(server.endpoint(), "AKIDSECOND00000001", "second-secret", "us-east-1")) {
            owner.createContainer(r -> r.containerName("private"));
            String arn = MediaStoreIT.active(server, owner, "private").arn();
            assertThrows(
                    ContainerNotFoundException.class, () -> other.describeContainer(r -> r.containerName("private")));
            assertThrows(
                    ContainerNotFoundException.class, () -> other.deleteContainer(r -> r.containerName("private")));
            assertThrows(ContainerNotFoundException.class, () -> other.listTagsForResource(r -> r.resource(arn)));
            assertThrows(
                    ContainerNotFoundException.class,
                    () -> other.tagResource(r -> r.resource(arn)
                            .tags(Tag.builder().key("x").value("y").build())));
            assertTrue(other.listContainers(r -> {}).containers().isEmpty());

            other.createContainer(r -> r.containerName("private"));
            var theirs = MediaStoreIT.active(server, other, "private");
            assertEquals("arn:aws:mediastore:us-east-1:111122223333:container/private", theirs.arn());
            assertEquals(1, owner.listContainers(r -> {}).containers().size());
        }
    }
}
