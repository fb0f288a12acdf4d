package io.mediaplane.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/** Server-wide settings kept in the metadata store, shared by every node. */
public final class Settings {
    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    /** A random secret created once and then kept (e.g. the key that seals pagination tokens). */
    public byte[] secret(String name) {
        String existing = get(name);
        if (existing == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            insertIfAbsent(name, HexFormat.of().formatHex(fresh));
            existing = get(name);
        }
        return HexFormat.of().parseHex(existing);
    }

    private String get(String name) {
        try {
            return db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
                    s.setString(1, name);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read setting " + name, e);
        }
    }

    private void insertIfAbsent(String name, String value) {
        String sql = "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";
        try {
            db.write(c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, name);
                    s.setString(2, value);
                    return s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot write setting " + name, e);
        }
    }
}
