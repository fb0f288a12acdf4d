package io.mediaplane.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * One kind of resource (e.g. MediaStore containers) in the shared {@code resources} table: a JSON
 * document per resource, keyed by scope and name, with a unique ARN and an optional unique alias.
 * Updates are compare-and-set on a version number and retried, so concurrent writers to one
 * resource never lose a write, on SQLite and PostgreSQL alike.
 */
public final class ResourceTable<T> {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final String SELECT = "SELECT name, arn, version, document FROM resources WHERE ";
    private static final int MAX_ATTEMPTS = 1000;
    private static final int PARSED_CACHE_LIMIT = 4096;

    private final Database db;
    private final String kind;
    private final Class<T> type;
    /**
     * Parsed documents by their exact JSON text. Documents are immutable records, so a document
     * read again unchanged (the common case for Describe and List) is not parsed again. Keyed by
     * content, so it can never serve a stale version.
     */
    private final ConcurrentHashMap<String, T> parsed = new ConcurrentHashMap<>();

    /** Told after every write of this kind on this node (insert, update, delete): caches in front of it. */
    private final List<Runnable> writeListeners = new CopyOnWriteArrayList<>();

    public ResourceTable(Database db, String kind, Class<T> type) {
        this.db = db;
        this.kind = kind;
        this.type = type;
    }

    /** Runs {@code listener} after every write this node makes to this kind of resource. */
    public void onWrite(Runnable listener) {
        writeListeners.add(listener);
    }

    public Optional<Stored<T>> get(Scope scope, String name) {
        return one(
                SELECT + "account_id = ? AND region = ? AND kind = ? AND name = ?",
                scope.accountId(),
                scope.region(),
                kind,
                name);
    }

    /**
     * The resource of this kind with this alias (unique per kind), in whatever scope owns it: how
     * an alias handed out in a URL (e.g. a container's data endpoint id) finds its resource.
     */
    public Optional<Aliased<T>> findByAlias(String alias) {
        String sql =
                "SELECT name, arn, version, document, account_id, region FROM resources WHERE kind = ? AND alias = ?";
        return checked(
                "read",
                alias,
                () -> db.read(c -> {
                    try (Database.Prepared p = db.prepare(c, sql);
                            ResultSet rs = bind(p.statement(), kind, alias).executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Aliased<>(new Scope(rs.getString(5), rs.getString(6)), read(rs)))
                                : Optional.empty();
                    }
                }));
    }

    /** Inserts a new resource; false when one with that name, ARN or alias exists already. */
    public boolean insert(Scope scope, String name, String arn, String alias, Instant createdAt, T value) {
        String sql = "INSERT INTO resources (account_id, region, kind, name, arn, alias, version, created_at, document)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)";
        try {
            return update(
                            sql,
                            scope.accountId(),
                            scope.region(),
                            kind,
                            name,
                            arn,
                            alias,
                            createdAt.toEpochMilli(),
                            write(value))
                    == 1;
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw new StoreException("cannot insert " + kind + " " + name, e);
        }
    }

    /**
     * Applies {@code change} to the current document and writes the result if nobody wrote in
     * between; otherwise reads again and retries. {@code change} may throw to abort. Empty when
     * the resource does not exist.
     */
    public Optional<Stored<T>> update(Scope scope, String name, UnaryOperator<T> change) {
        String sql = "UPDATE resources SET document = ?, version = ? WHERE account_id = ? AND region = ? AND kind = ?"
                + " AND name = ? AND version = ?";
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Stored<T>> current = get(scope, name);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Stored<T> now = current.get();
            T next = change.apply(now.value());
            if (checked(
                            "update",
                            name,
                            () -> update(
                                    sql,
                                    write(next),
                                    now.version() + 1,
                                    scope.accountId(),
                                    scope.region(),
                                    kind,
                                    name,
                                    now.version()))
                    == 1) {
                return Optional.of(new Stored<>(name, now.arn(), now.version() + 1, next));
            }
        }
        throw new StoreException("too much contention updating " + kind + " " + name, null);
    }

    /** Deletes a resource if it is still at this version; false when it changed or is gone. */
    public boolean delete(Scope scope, String name, long version) {
        String sql =
                "DELETE FROM resources WHERE account_id = ? AND region = ? AND kind = ? AND name = ? AND version = ?";
        return checked("delete", name, () -> update(sql, scope.accountId(), scope.region(), kind, name, version)) == 1;
    }

    /** Resources of this kind in a scope, ordered by name, starting after {@code after} (null: from the start). */
    public List<Stored<T>> list(Scope scope, String after, int limit) {
        String sql = SELECT + "account_id = ? AND region = ? AND kind = ? AND name > ? ORDER BY name LIMIT ?";
        return checked(
                "list",
                "",
                () -> db.read(c -> {
                    try (Database.Prepared p = db.prepare(c, sql);
                            ResultSet rs = bind(
                                            p.statement(),
                                            scope.accountId(),
                                            scope.region(),
                                            kind,
                                            after == null ? "" : after,
                                            limit)
                                    .executeQuery()) {
                        List<Stored<T>> out = new ArrayList<>();
                        while (rs.next()) {
                            out.add(read(rs));
                        }
                        return out;
                    }
                }));
    }

    /**
     * Resources of this kind in every scope, ordered by ARN, starting after {@code afterArn} (null:
     * from the start): for the few questions that cross accounts (ports shared by the server,
     * entitlements granted to an account, resuming work at start-up).
     */
    public List<Stored<T>> listAll(String afterArn, int limit) {
        String sql = SELECT + "kind = ? AND arn > ? ORDER BY arn LIMIT ?";
        return checked(
                "list",
                "",
                () -> db.read(c -> {
                    try (Database.Prepared p = db.prepare(c, sql);
                            ResultSet rs = bind(p.statement(), kind, afterArn == null ? "" : afterArn, limit)
                                    .executeQuery()) {
                        List<Stored<T>> out = new ArrayList<>();
                        while (rs.next()) {
                            out.add(read(rs));
                        }
                        return out;
                    }
                }));
    }

    /**
     * The ARN and version of every resource of this kind, without their documents: a cheap way for
     * a node to see which ones another node changed.
     */
    public java.util.Map<String, Long> versions() {
        String sql = "SELECT arn, version FROM resources WHERE kind = ?";
        return checked(
                "list",
                "",
                () -> db.read(c -> {
                    try (Database.Prepared p = db.prepare(c, sql);
                            ResultSet rs = bind(p.statement(), kind).executeQuery()) {
                        java.util.Map<String, Long> out = new java.util.HashMap<>();
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getLong(2));
                        }
                        return out;
                    }
                }));
    }

    /** Counts the rows of this kind in a scope (in any state). */
    public int count(Scope scope) {
        String sql = "SELECT count(*) FROM resources WHERE account_id = ? AND region = ? AND kind = ?";
        return checked(
                "count",
                "",
                () -> db.read(c -> {
                    try (Database.Prepared p = db.prepare(c, sql);
                            ResultSet rs = bind(p.statement(), scope.accountId(), scope.region(), kind)
                                    .executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }));
    }

    private Optional<Stored<T>> one(String sql, Object... params) {
        return checked(
                "read",
                "",
                () -> db.read(c -> {
                    try (Database.Prepared p = db.prepare(c, sql);
                            ResultSet rs = bind(p.statement(), params).executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                    }
                }));
    }

    private int update(String sql, Object... params) throws SQLException {
        try {
            return db.write(c -> {
                try (Database.Prepared p = db.prepare(c, sql)) {
                    return bind(p.statement(), params).executeUpdate();
                }
            });
        } finally {
            writeListeners.forEach(Runnable::run);
        }
    }

    private static PreparedStatement bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    private interface Sql<R> {
        R run() throws SQLException;
    }

    private <R> R checked(String what, String name, Sql<R> sql) {
        try {
            return sql.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " " + kind + " " + name, e);
        }
    }

    private Stored<T> read(ResultSet rs) throws SQLException {
        String document = rs.getString(4);
        T value = parsed.get(document);
        if (value == null) {
            try {
                value = JSON.readValue(document, type);
            } catch (JsonProcessingException e) {
                throw new StoreException("corrupt " + kind + " document " + rs.getString(1), e);
            }
            if (parsed.size() >= PARSED_CACHE_LIMIT) {
                parsed.clear();
            }
            parsed.put(document, value);
        }
        return new Stored<>(rs.getString(1), rs.getString(2), rs.getLong(3), value);
    }

    private String write(T value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot serialize " + kind, e);
        }
    }

    private static boolean isDuplicate(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23")
                || e.getErrorCode() == 19
                || String.valueOf(e.getMessage()).contains("UNIQUE constraint failed");
    }
}
