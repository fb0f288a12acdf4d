package io.mediaplane.secretsmanager;

import io.mediaplane.aws.SecretResolver.SecretValue;
import io.mediaplane.store.Database;
import io.mediaplane.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The sealed values of secret versions ({@code secret_versions}), one row per (secret ARN, version
 * id). Values go in sealed by {@link SecretCipher} and come out opened; the table never holds a
 * plain value.
 */
final class SecretValues {
    private final Database db;
    private final SecretCipher cipher;

    SecretValues(Database db, SecretCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /**
     * Refuses to run with a key other than the one the stored values were sealed with (a lost key
     * file replaced by a fresh one, a mistyped {@code --secrets-key}): nothing could be read, and
     * new values would be sealed under a second key.
     */
    void checkKey() {
        long others = count(
                "SELECT count(*) FROM secret_versions WHERE key_id <> ?",
                cipher.key().id());
        if (others > 0) {
            throw new IllegalStateException(others + " stored secret value(s) were encrypted with another Secrets"
                    + " Manager key than the one configured (key id "
                    + cipher.key().id() + "); start with the key"
                    + " they were encrypted with (--secrets-key, or the data dir's " + SecretsKey.FILE + ")");
        }
    }

    /** Seals and stores a version's value; false when that version already has a row (nothing written). */
    boolean insert(String arn, String versionId, Instant at, SecretValue value) {
        String sealed = Base64.getEncoder().encodeToString(cipher.seal(value, arn, versionId));
        String sql = "INSERT INTO secret_versions (secret_arn, version_id, key_id, created_at, sealed)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (secret_arn, version_id) DO NOTHING";
        return write(sql, arn, versionId, cipher.key().id(), at.toEpochMilli(), sealed) == 1;
    }

    /** A version's value; DecryptionFailure when the stored value does not open as this version's. */
    Optional<SecretValue> read(String arn, String versionId) {
        String sql = "SELECT sealed FROM secret_versions WHERE secret_arn = ? AND version_id = ?";
        String sealed;
        try {
            sealed = db.read(c -> {
                try (Database.Prepared p = db.prepare(c, sql)) {
                    PreparedStatement s = p.statement();
                    s.setString(1, arn);
                    s.setString(2, versionId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read a secret value", e);
        }
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher.open(Base64.getDecoder().decode(sealed), arn, versionId));
        } catch (SecretCipher.Unreadable | IllegalArgumentException e) {
            throw SecretsManagerError.decryptionFailure();
        }
    }

    void delete(String arn, String versionId) {
        write("DELETE FROM secret_versions WHERE secret_arn = ? AND version_id = ?", arn, versionId);
    }

    void deleteAll(String arn) {
        write("DELETE FROM secret_versions WHERE secret_arn = ?", arn);
    }

    private int write(String sql, Object... params) {
        try {
            return db.write(c -> {
                try (Database.Prepared p = db.prepare(c, sql)) {
                    for (int i = 0; i < params.length; i++) {
                        p.statement().setObject(i + 1, params[i]);
                    }
                    return p.statement().executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write a secret value", e);
        }
    }

    private long count(String sql, String param) {
        try {
            return db.read(c -> {
                try (Database.Prepared p = db.prepare(c, sql)) {
                    p.statement().setString(1, param);
                    try (ResultSet rs = p.statement().executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot count secret values", e);
        }
    }
}
