package io.mediaplane.store.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenBlobsTest {
    @TempDir
    Path dir;

    private Path blob(String id, int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + id.hashCode());
        }
        return Files.write(dir.resolve(id), bytes);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }

    @Test
    void eachLeaseIsAViewOfItsOwnOnTheSameOpenFile() throws IOException {
        Path file = blob("a", 1000);
        OpenBlobs blobs = new OpenBlobs(1 << 20, 10);
        try (OpenBlobs.Lease one = blobs.lease("a", file, 1000);
                OpenBlobs.Lease two = blobs.lease("a", file, 1000)) {
            assertArrayEquals(Files.readAllBytes(file), bytes(one.bytes()));
            one.bytes().position(500);
            assertEquals(0, two.bytes().position(), "readers do not share a position");
            assertTrue(one.bytes().isReadOnly());
            assertEquals(1, blobs.openCount());
        }
    }

    @Test
    void aForgottenBlobStaysReadableUntilItsLastReaderIsDone() throws IOException {
        Path file = blob("a", 4096);
        byte[] expected = Files.readAllBytes(file);
        OpenBlobs blobs = new OpenBlobs(1 << 20, 10);
        OpenBlobs.Lease lease = blobs.lease("a", file, 4096);
        Files.delete(file);
        blobs.forget("a");
        assertTrue(lease.file().isOpen(), "a reader mid-way keeps the unlinked file");
        assertArrayEquals(expected, bytes(lease.bytes()));
        ByteBuffer viaFile = ByteBuffer.allocate(4096);
        lease.file().read(viaFile, 0);
        assertArrayEquals(expected, viaFile.array());
        lease.close();
        assertFalse(lease.file().isOpen(), "closed once nobody reads it");
        lease.close(); // twice is harmless
        assertThrows(NoSuchFileException.class, () -> blobs.lease("a", file, 4096));
    }

    @Test
    void evictsTheLeastRecentlyUsedPastItsBudgetButNotFromUnderAReader() throws IOException {
        OpenBlobs blobs = new OpenBlobs(2500, 10);
        OpenBlobs.Lease held = blobs.lease("a", blob("a", 1000), 1000);
        blobs.lease("b", blob("b", 1000), 1000).close();
        blobs.lease("c", blob("c", 1000), 1000).close(); // 3000 bytes > 2500: "a" goes
        assertEquals(2, blobs.openCount());
        assertTrue(held.file().isOpen(), "evicted while leased: still open for its reader");
        held.close();
        assertFalse(held.file().isOpen());
    }

    @Test
    void aBlobOfTheWrongSizeIsAnErrorNotATruncatedRead() throws IOException {
        Path file = blob("a", 100);
        OpenBlobs blobs = new OpenBlobs(1 << 20, 10);
        IOException e = assertThrows(IOException.class, () -> blobs.lease("a", file, 101));
        assertTrue(e.getMessage().contains("holds 100 bytes"), e.getMessage());
        assertEquals(0, blobs.openCount());
    }

    @Test
    void emptyBlobsNeedNoMapping() throws IOException {
        Path file = Files.write(dir.resolve("empty"), new byte[0]);
        try (OpenBlobs.Lease lease = new OpenBlobs(1 << 20, 10).lease("empty", file, 0)) {
            assertEquals(0, lease.bytes().remaining());
        }
    }
}
