package io.mediaplane.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsKeyTest {
    @Test
    void theFirstStartCreatesAnOwnerOnlyKeyThatLaterStartsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve(SecretsKey.FILE);
        SecretsKey first = SecretsKey.fromFile(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file).trim()).length);
        assertEquals(first.id(), SecretsKey.fromFile(file).id(), "the same key next time");
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
    }

    @Test
    void concurrentFirstStartsAgreeOnOneKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SecretsKey.FILE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<String> load = () -> SecretsKey.fromFile(file).id();
            List<Future<String>> ids = pool.invokeAll(java.util.Collections.nCopies(8, load));
            for (Future<String> id : ids) {
                assertEquals(ids.getFirst().get(), id.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aKeyFileOthersMayReadIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SecretsKey.FILE);
        SecretsKey.fromFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SecretsKey.fromFile(file));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains(Files.readString(file).trim()), "never the key");
    }

    @Test
    void aDamagedKeyFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SecretsKey.FILE);
        Files.writeString(file, "not base64 at all!\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThrows(IllegalStateException.class, () -> SecretsKey.fromFile(file));
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SecretsKey.fromFile(file));
        assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
    }

    @Test
    void theIdNamesTheKeyWithoutRevealingIt() {
        byte[] raw = new byte[32];
        raw[0] = 42;
        SecretsKey key = SecretsKey.of(raw);
        assertEquals(16, key.id().length());
        assertEquals(key.id(), SecretsKey.of(raw.clone()).id());
        raw[1] = 1;
        assertNotEquals(key.id(), SecretsKey.of(raw).id());
        assertFalse(HexFormat.of().formatHex(raw).contains(key.id()));
        assertFalse(key.toString().contains(HexFormat.of().formatHex(raw, 0, 4)));
        assertThrows(IllegalArgumentException.class, () -> SecretsKey.of(new byte[31]));
    }
}
