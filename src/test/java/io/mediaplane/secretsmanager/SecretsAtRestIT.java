package io.mediaplane.secretsmanager;

import static io.mediaplane.secretsmanager.SecretsManagerErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * Secret values at rest: they survive a restart; the database holds them only sealed (no plain
 * value in any row); the key lives outside it, in an owner-only file or {@code --secrets-key}; and a
 * wrong key, a lost key file, a key file others may read or a tampered row fail closed.
 */
class SecretsAtRestIT {
    private static final String PLAIN = "correct horse battery staple";

    private static SecretsManagerClient client(TestServer server) {
        return Clients.secretsManager(server.endpoint(), "test", "test", "us-east-1");
    }

    @Test
    void everythingSurvivesARestart() throws Exception {
        try (TestServer server = TestServer.start()) {
            String arn;
            String v1;
            String v2;
            String token;
            try (SecretsManagerClient sm = client(server)) {
                arn = sm.createSecret(r -> r.name("kept")
                                .secretString(PLAIN)
                                .description("d")
                                .tags(Tag.builder().key("k").value("v").build()))
                        .arn();
                v1 = sm.describeSecret(r -> r.secretId("kept"))
                        .versionIdsToStages()
                        .keySet()
                        .iterator()
                        .next();
                v2 = sm.putSecretValue(r -> r.secretId(arn).secretBinary(SdkBytes.fromUtf8String("bin")))
                        .versionId();
                sm.createSecret(r -> r.name("scheduled").secretString("s"));
                sm.deleteSecret(r -> r.secretId("scheduled"));
                for (int i = 0; i < 3; i++) {
                    String n = "page-" + i;
                    sm.createSecret(r -> r.name(n));
                }
                token = sm.listSecrets(r -> r.maxResults(2)).nextToken();
            }
            server.restart();
            try (SecretsManagerClient sm = client(server)) {
                var d = sm.describeSecret(r -> r.secretId("kept"));
                assertEquals(arn, d.arn());
                assertEquals("d", d.description());
                assertEquals(List.of(Tag.builder().key("k").value("v").build()), d.tags());
                assertEquals(Map.of(v1, List.of("AWSPREVIOUS"), v2, List.of("AWSCURRENT")), d.versionIdsToStages());
                assertEquals(
                        PLAIN,
                        sm.getSecretValue(r -> r.secretId(arn).versionId(v1)).secretString());
                assertEquals(
                        "bin",
                        sm.getSecretValue(r -> r.secretId("kept"))
                                .secretBinary()
                                .asUtf8String());
                expect("InvalidRequestException", () -> sm.getSecretValue(r -> r.secretId("scheduled")));
                assertEquals(
                        List.of("page-1", "page-2"),
                        sm.listSecrets(r -> r.nextToken(token)).secretList().stream()
                                .map(e -> e.name())
                                .toList(),
                        "tokens survive too");
            }
        }
    }

    @Test
    void theDatabaseHoldsNoPlainValueAndTheKeyFileIsOwnerOnly() throws Exception {
        try (TestServer server = TestServer.start();
                SecretsManagerClient sm = client(server)) {
            sm.createSecret(r -> r.name("at-rest").secretString(PLAIN));
            sm.putSecretValue(r -> r.secretId("at-rest").secretBinary(SdkBytes.fromUtf8String(PLAIN + " binary")));
            Path keyFile = server.config().dataDir().resolve("secrets.key");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
            String key = Files.readString(keyFile).trim();
            List<String> rows = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(server.config().effectiveDbUrl());
                    ResultSet rs = c.createStatement().executeQuery("SELECT sealed FROM secret_versions")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            assertEquals(2, rows.size());
            for (String sealed : rows) {
                String decoded = new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1);
                assertFalse(decoded.contains("correct horse"), "no plain value in a sealed row");
                assertFalse(sealed.contains("correct horse"));
            }
            String dump = dump(server);
            assertFalse(dump.contains("correct horse"), "no plain value anywhere in the database");
            assertFalse(dump.contains(key), "the key is not in the database");
            assertFalse(
                    dump.contains(HexFormat.of().formatHex(Base64.getDecoder().decode(key))));
        }
    }

    @Test
    void aWrongOrLostKeyFailsClosed() throws Exception {
        try (TestServer server = TestServer.start()) {
            try (SecretsManagerClient sm = client(server)) {
                sm.createSecret(r -> r.name("locked").secretString(PLAIN));
            }
            Path keyFile = server.config().dataDir().resolve("secrets.key");
            String right = Files.readString(keyFile).trim();
            String wrong = randomKey();

            Exception e = assertThrows(Exception.class, () -> server.restart(c -> c.withSecretsKey(wrong)));
            assertTrue(e.getMessage().contains("another Secrets Manager key"), e.getMessage());
            assertFalse(e.getMessage().contains(wrong) || e.getMessage().contains(right), "no key in the message");

            server.restart(c -> c.withSecretsKey(right)); // the same key, given as the option instead of the file
            try (SecretsManagerClient sm = client(server)) {
                assertEquals(PLAIN, sm.getSecretValue(r -> r.secretId("locked")).secretString());
            }

            Files.delete(keyFile); // lost: the next start without the option makes a new key, which must not be used
            assertThrows(Exception.class, () -> server.restart(c -> c.withSecretsKey(null)));
            Files.writeString(keyFile, right + "\n");
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
            Exception open = assertThrows(Exception.class, () -> server.restart(c -> c));
            assertTrue(open.getMessage().contains("chmod 600"), open.getMessage());
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            server.restart(c -> c);
            try (SecretsManagerClient sm = client(server)) {
                assertEquals(PLAIN, sm.getSecretValue(r -> r.secretId("locked")).secretString());
            }
        }
    }

    @Test
    void withTheKeyOptionNoKeyFileIsWritten() throws Exception {
        String key = randomKey();
        try (TestServer server = TestServer.start(c -> c.withSecretsKey(key))) {
            try (SecretsManagerClient sm = client(server)) {
                sm.createSecret(r -> r.name("opt").secretString(PLAIN));
            }
            assertFalse(Files.exists(server.config().dataDir().resolve("secrets.key")));
            server.restart();
            try (SecretsManagerClient sm = client(server)) {
                assertEquals(PLAIN, sm.getSecretValue(r -> r.secretId("opt")).secretString());
            }
        }
    }

    @Test
    void aTamperedOrMovedValueIsADecryptionFailureNeverAWrongValue() throws Exception {
        try (TestServer server = TestServer.start();
                SecretsManagerClient sm = client(server)) {
            String a = sm.createSecret(r -> r.name("a").secretString(PLAIN)).arn();
            String b = sm.createSecret(r -> r.name("b").secretString("other value"))
                    .arn();
            String sealedA = sealed(server, a);
            setSealed(server, b, sealedA); // a's sealed value copied into b's row
            expect("DecryptionFailure", () -> sm.getSecretValue(r -> r.secretId("b")));
            byte[] bytes = Base64.getDecoder().decode(sealedA);
            bytes[bytes.length - 20] ^= 1;
            setSealed(server, a, Base64.getEncoder().encodeToString(bytes)); // one flipped bit
            var e = expect("DecryptionFailure", () -> sm.getSecretValue(r -> r.secretId("a")));
            assertFalse(e.getMessage().contains("horse"));
            setSealed(server, a, sealedA);
            assertEquals(PLAIN, sm.getSecretValue(r -> r.secretId("a")).secretString());
        }
    }

    static String randomKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    static String sealed(TestServer server, String arn) throws Exception {
        try (Connection c = DriverManager.getConnection(server.config().effectiveDbUrl());
                PreparedStatement s = c.prepareStatement("SELECT sealed FROM secret_versions WHERE secret_arn = ?")) {
            s.setString(1, arn);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    static int rows(TestServer server, String arn) throws Exception {
        try (Connection c = DriverManager.getConnection(server.config().effectiveDbUrl());
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM secret_versions WHERE secret_arn = ?")) {
            s.setString(1, arn);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void setSealed(TestServer server, String arn, String sealed) throws Exception {
        try (Connection c = DriverManager.getConnection(server.config().effectiveDbUrl());
                PreparedStatement s =
                        c.prepareStatement("UPDATE secret_versions SET sealed = ? WHERE secret_arn = ?")) {
            s.setString(1, sealed);
            s.setString(2, arn);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** Every text column of the tables secrets touch, as one string. */
    private static String dump(TestServer server) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(server.config().effectiveDbUrl())) {
            for (String sql : List.of(
                    "SELECT name, arn, document FROM resources",
                    "SELECT name, value FROM settings",
                    "SELECT secret_arn, version_id, key_id, sealed FROM secret_versions")) {
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            all.append(rs.getString(i)).append('\n');
                        }
                    }
                }
            }
        }
        return all.toString();
    }
}
