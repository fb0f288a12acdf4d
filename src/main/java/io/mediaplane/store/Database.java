package io.mediaplane.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The metadata store's connection pool, migrated to the current schema on open: SQLite in the
 * data directory by default (WAL, one writer at a time, immediate transactions), PostgreSQL when
 * the URL names one.
 */
public final class Database implements AutoCloseable {
    /** The version of the newest migration in db/migration ({@code DatabaseTest} keeps this honest). */
    static final String SCHEMA_VERSION = "6";

    private final HikariDataSource pool;
    private final boolean sqlite;
    /** SQLite's: held while the pool is open (null for PostgreSQL or an in-memory database). */
    private final DataDirLock lock;
    /**
     * SQLite allows one writer at a time and makes the others sleep in its busy handler for
     * milliseconds at a time; queueing writers on this fair lock instead keeps a write's wait in
     * microseconds. PostgreSQL needs no such lock.
     */
    private final ReentrantLock sqliteWriter = new ReentrantLock(true);
    /** SQLite statements by physical connection (each is used by one borrower at a time). */
    private final Map<Connection, Map<String, PreparedStatement>> statements = new ConcurrentHashMap<>();

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private Database(HikariDataSource pool, boolean sqlite, DataDirLock lock) {
        this.pool = pool;
        this.sqlite = sqlite;
        this.lock = lock;
    }

    /**
     * Opens (and migrates) the database at a JDBC URL, e.g. {@code jdbc:sqlite:/data/mediaplane.db}.
     * A SQLite database belongs to one server at a time: {@link DataDirLock.InUse} when another holds it.
     */
    public static Database open(String url, String user, String password) {
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        Path file = sqlite ? sqliteFile(url) : null;
        DataDirLock lock = file == null ? null : DataDirLock.acquire(file);
        try {
            return open(url, user, password, sqlite, lock);
        } catch (RuntimeException | Error e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    private static Database open(String url, String user, String password, boolean sqlite, DataDirLock lock) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("metadata");
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        if (sqlite) {
            config.setMaximumPoolSize(8);
            // A local file needs no recycling, and the statement cache lives per connection: opened on demand, kept.
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.addDataSourceProperty("foreign_keys", "true");
        } else {
            config.setMaximumPoolSize(16);
        }
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            if (!current(pool) && !(sqlite && NewSqliteSchema.createIfEmpty(pool))) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot create the schema", e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, sqlite, lock);
    }

    /**
     * Whether the schema is already at {@link #SCHEMA_VERSION}. Starting Flyway costs hundreds of
     * milliseconds of class loading and scanning; a server restarting on a current schema skips it,
     * and a new SQLite database is created without it ({@link NewSqliteSchema}).
     */
    static boolean current(DataSource pool) {
        try (Connection c = pool.getConnection();
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success" + " ORDER BY installed_rank DESC")) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    return SCHEMA_VERSION.equals(rs.getString(1));
                }
            }
            return false;
        } catch (SQLException e) {
            return false;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * A prepared statement to use and close. On SQLite, whose driver compiles every statement
     * anew (a sixth of a DescribeContainer's CPU), statements are kept per physical connection and
     * closing only clears their parameters; PostgreSQL's driver caches on its own.
     */
    public Prepared prepare(Connection connection, String sql) throws SQLException {
        if (!sqlite) {
            return new Prepared(connection.prepareStatement(sql), true);
        }
        Connection physical = connection.unwrap(Connection.class);
        Map<String, PreparedStatement> cache = statements.computeIfAbsent(physical, k -> new ConcurrentHashMap<>());
        PreparedStatement statement = cache.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            cache.put(sql, statement);
        }
        return new Prepared(statement, false);
    }

    /** A statement from {@link #prepare}; closing it closes or recycles it. */
    public record Prepared(PreparedStatement statement, boolean owned) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            if (owned) {
                statement.close();
            } else {
                statement.clearParameters();
            }
        }
    }

    /** Runs reading work on a pooled connection. */
    public <T> T read(Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return work.on(c);
        }
    }

    /** Runs writing work on a pooled connection, one writer at a time on SQLite. */
    public <T> T write(Work<T> work) throws SQLException {
        if (!sqlite) {
            return read(work);
        }
        sqliteWriter.lock();
        try {
            return read(work);
        } finally {
            sqliteWriter.unlock();
        }
    }

    /** Runs one writing statement with these parameters; returns the number of rows it changed. */
    public int update(String sql, Object... params) throws SQLException {
        return write(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    public boolean sqlite() {
        return sqlite;
    }

    @Override
    public void close() {
        pool.close();
        if (lock != null) {
            lock.close();
        }
    }

    /** The database file of a SQLite URL, its directory created; null for an in-memory or {@code file:} URL. */
    private static Path sqliteFile(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        file = q < 0 ? file : file.substring(0, q);
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return null;
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            Files.createDirectories(path.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + path.getParent(), e);
        }
        return path;
    }
}
