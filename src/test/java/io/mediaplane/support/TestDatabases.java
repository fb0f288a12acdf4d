package io.mediaplane.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty metadata database for each test server: SQLite in a temp directory by default,
 * or PostgreSQL when the system property {@code mediaplane.test.db=postgres} (the second test
 * run of {@code ./mvnw verify}). PostgreSQL is the server named by MEDIAPLANE_TEST_POSTGRES_URL
 * (CI starts one from Debian's packages), else an embedded one from Maven (zonky).
 */
public final class TestDatabases {
    private static EmbeddedPostgres embedded;

    private TestDatabases() {}

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("mediaplane.test.db"));
    }

    /** A JDBC URL of a new empty database, or null for SQLite in the data dir. */
    public static synchronized String newDatabaseUrl() throws Exception {
        return postgres() ? newPostgresUrl() : null;
    }

    /** A JDBC URL of a new empty PostgreSQL database, whichever pass this is (for what only PostgreSQL allows). */
    public static synchronized String newPostgresUrl() throws Exception {
        String admin = System.getenv("MEDIAPLANE_TEST_POSTGRES_URL");
        if (admin == null || admin.isBlank()) {
            if (embedded == null) {
                // its binaries and data under target/ rather than the temp dir; the server stops (and its data
                // directory goes) when the test JVM exits
                java.io.File work = java.nio.file.Path.of("target", "embedded-pg")
                        .toAbsolutePath()
                        .toFile();
                embedded = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(work)
                        .start();
                EmbeddedPostgres started = embedded;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (java.io.IOException e) {
                        System.err.println("embedded PostgreSQL did not stop: " + e);
                    }
                }));
            }
            admin = embedded.getJdbcUrl("postgres", "postgres");
        }
        String name = "mp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return withDatabase(admin, name);
    }

    private static String withDatabase(String url, String name) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }
}
