package io.mediaplane.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @Test
    void schemaVersionNamesTheNewestMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Comparator.naturalOrder())
                    .orElseThrow();
            assertEquals(String.valueOf(newest), Database.SCHEMA_VERSION,
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
            assertEquals(1, historyRows(db));
        }
        try (Database db = Database.open(url, null, null); Connection c = db.connection()) {
            assertEquals(1, historyRows(db));
            c.createStatement().execute("SELECT count(*) FROM resources");
            c.createStatement().execute("UPDATE flyway_schema_history SET version = '0'");
            assertFalse(Database.current(db.dataSource()), "an older schema: migrate");
        }
    }

    private static int historyRows(Database db) throws Exception {
        try (Connection c = db.connection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }
}
