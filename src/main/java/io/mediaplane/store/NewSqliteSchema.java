package io.mediaplane.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * The bundled migrations applied to a new, empty SQLite database in one transaction, and recorded
 * in {@code flyway_schema_history} exactly as Flyway records them (its table, its CRC32 checksums
 * of the scripts' lines), so Flyway validates them and applies later migrations as usual. Starting
 * Flyway was a third of a first start's CPU (docs/benchmarks.md); a new SQLite file has no other
 * writer to guard against (the data dir is locked), unlike a shared PostgreSQL database, which
 * Flyway keeps migrating.
 */
final class NewSqliteSchema {
    /** The scripts under db/migration, in order ({@code DatabaseTest} checks this against the directory). */
    static final List<String> MIGRATIONS =
            List.of("V1__resources.sql", "V2__objects.sql", "V5__secrets.sql", "V6__flow_placement.sql");

    /** Flyway's history table on SQLite, as Flyway 11 creates it. */
    private static final String HISTORY = """
            CREATE TABLE "flyway_schema_history" (
                "installed_rank" INT NOT NULL PRIMARY KEY,
                "version" VARCHAR(50),
                "description" VARCHAR(200) NOT NULL,
                "type" VARCHAR(20) NOT NULL,
                "script" VARCHAR(1000) NOT NULL,
                "checksum" INT,
                "installed_by" VARCHAR(100) NOT NULL,
                "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
                "execution_time" INT NOT NULL,
                "success" BOOLEAN NOT NULL
            )""";

    private NewSqliteSchema() {}

    /** Creates the schema when the database holds no tables at all; whether it did. */
    static boolean createIfEmpty(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    return false;
                }
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(HISTORY);
                s.execute("CREATE INDEX \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")");
                int rank = 0;
                for (String script : MIGRATIONS) {
                    long start = System.nanoTime();
                    String sql = read(script);
                    for (String statement : statements(sql)) {
                        s.execute(statement);
                    }
                    record(c, ++rank, script, checksum(sql), (System.nanoTime() - start) / 1_000_000);
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void record(Connection c, int rank, String script, int checksum, long millis) throws SQLException {
        String version = script.substring(1, script.indexOf("__"));
        String description = script.substring(script.indexOf("__") + 2, script.length() - ".sql".length())
                .replace('_', ' ');
        try (PreparedStatement p = c.prepareStatement("INSERT INTO \"flyway_schema_history\" (\"installed_rank\","
                + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                + " \"execution_time\", \"success\") VALUES (?, ?, ?, 'SQL', ?, ?, '', ?, 1)")) {
            p.setInt(1, rank);
            p.setString(2, version);
            p.setString(3, description);
            p.setString(4, script);
            p.setInt(5, checksum);
            p.setLong(6, millis);
            p.executeUpdate();
        }
    }

    /** Flyway's checksum of a script: CRC32 over its lines' UTF-8 bytes, without line breaks. */
    static int checksum(String sql) {
        CRC32 crc = new CRC32();
        String text = sql.startsWith("\uFEFF") ? sql.substring(1) : sql;
        text.lines().forEach(line -> crc.update(line.getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }

    /** The statements of a script: {@code --} comment lines dropped, split at the semicolons that end lines. */
    static List<String> statements(String sql) {
        StringBuilder kept = new StringBuilder();
        sql.lines()
                .filter(l -> !l.strip().startsWith("--"))
                .forEach(l -> kept.append(l).append('\n'));
        return java.util.Arrays.stream(kept.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String script) {
        try (InputStream in = NewSqliteSchema.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("db/migration/" + script + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
