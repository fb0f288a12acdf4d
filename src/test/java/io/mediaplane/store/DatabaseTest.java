package io.mediaplane.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @Test
    void schemaVersionNamesTheNewestMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertEquals(
                    String.valueOf(newest),
                    Database.SCHEMA_VERSION,
                    "bump Database.SCHEMA_VERSION with every new migration");
        }
    }

    @Test
    void aCurrentSchemaIsRecognisedSoFlywayCanBeSkipped(@TempDir Path dir) throws Exception {
        org.sqlite.SQLiteDataSource empty = new org.sqlite.SQLiteDataSource();
        empty.setUrl("jdbc:sqlite:" + dir.resolve("empty.db"));
        assertFalse(Database.current(empty), "no history table: migrate");
        String url = "jdbc:sqlite:" + dir.resolve("m.db");
        try (Database db = Database.open(url, null, null)) {
            assertTrue(Database.current(db.dataSource()));
            assertEquals(migrations(), historyRows(db));
        }
        try (Database db = Database.open(url, null, null);
                Connection c = db.connection()) {
            assertEquals(migrations(), historyRows(db));
            c.createStatement().execute("SELECT count(*) FROM resources");
            c.createStatement().execute("UPDATE flyway_schema_history SET version = '0'");
            assertFalse(Database.current(db.dataSource()), "an older schema: migrate");
        }
    }

    @Test
    void theNewSchemaListsEveryMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertEquals(
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.matches("V\\d+__.*\\.sql"))
                            .sorted(Comparator.comparing(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
                            .toList(),
                    NewSqliteSchema.MIGRATIONS,
                    "add every new migration to NewSqliteSchema.MIGRATIONS");
        }
    }

    /** A new SQLite database made without Flyway is the database Flyway makes, and Flyway accepts it as its own. */
    @Test
    void aNewSqliteDatabaseIsTheOneFlywayWouldMake(@TempDir Path dir) throws Exception {
        String ours = "jdbc:sqlite:" + dir.resolve("ours.db");
        try (Database db = Database.open(ours, null, null)) {
            assertTrue(Database.current(db.dataSource()));
        }
        String theirs = "jdbc:sqlite:" + dir.resolve("flyway.db");
        org.sqlite.SQLiteDataSource flywayMade = new org.sqlite.SQLiteDataSource();
        flywayMade.setUrl(theirs);
        org.flywaydb.core.Flyway.configure()
                .dataSource(flywayMade)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertEquals(describe(theirs), describe(ours));
        org.sqlite.SQLiteDataSource oursSource = new org.sqlite.SQLiteDataSource();
        oursSource.setUrl(ours);
        var flyway = org.flywaydb.core.Flyway.configure()
                .dataSource(oursSource)
                .locations("classpath:db/migration")
                .load();
        flyway.validate(); // checksums, versions, descriptions as Flyway computes them
        assertEquals(0, flyway.migrate().migrationsExecuted, "nothing left for Flyway to apply");
    }

    /** The schema (every table and index as SQL) and the migration history, without times. */
    private static List<String> describe(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY name")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, type, script, checksum,"
                    + " installed_by, success FROM flyway_schema_history ORDER BY installed_rank")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 8; i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    out.add(row.toString());
                }
            }
        }
        return out;
    }

    record Doc(int n) {}

    @Test
    void recycledStatementsAlwaysSeeTheLatestWrite(@TempDir Path dir) throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("s.db"), null, null)) {
            ResourceTable<Doc> table = new ResourceTable<>(db, "test/doc", Doc.class);
            Scope scope = new Scope("000000000000", "us-east-1");
            assertTrue(table.insert(scope, "d", "arn:d", null, java.time.Instant.now(), new Doc(0)));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    all.add(pool.submit(() -> table.update(scope, "d", d -> new Doc(d.n() + 1))));
                    all.add(pool.submit(() -> table.get(scope, "d").orElseThrow()));
                }
                for (var f : all) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(400, table.get(scope, "d").orElseThrow().value().n());
            assertEquals(401, table.get(scope, "d").orElseThrow().version());
        }
    }

    @Test
    void aliasesFindTheirResourceAndItsScope(@TempDir Path dir) throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("a.db"), null, null)) {
            ResourceTable<Doc> table = new ResourceTable<>(db, "test/doc", Doc.class);
            ResourceTable<Doc> other = new ResourceTable<>(db, "test/other", Doc.class);
            Scope scope = new Scope("111122223333", "eu-west-1");
            assertTrue(table.insert(scope, "d", "arn:d", "abcdefghijklmn", java.time.Instant.now(), new Doc(7)));
            assertFalse(
                    table.insert(
                            new Scope("000000000000", "us-east-1"),
                            "e",
                            "arn:e",
                            "abcdefghijklmn",
                            java.time.Instant.now(),
                            new Doc(8)),
                    "aliases are unique per kind");
            Aliased<Doc> found = table.findByAlias("abcdefghijklmn").orElseThrow();
            assertEquals(scope, found.scope());
            assertEquals("d", found.stored().name());
            assertEquals(7, found.stored().value().n());
            assertTrue(table.findByAlias("nopqrstuvwxyz0").isEmpty());
            assertTrue(other.findByAlias("abcdefghijklmn").isEmpty(), "an alias belongs to one kind");
        }
    }

    /** How many migrations there are (versions need not be contiguous while branches land). */
    private static int migrations() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        }
    }

    private static int historyRows(Database db) throws Exception {
        try (Connection c = db.connection();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }
}
