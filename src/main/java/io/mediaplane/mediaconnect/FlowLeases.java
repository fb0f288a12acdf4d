package io.mediaplane.mediaconnect;

import io.mediaplane.store.Database;
import io.mediaplane.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which node runs each flow when several servers share one PostgreSQL database: a flow runs on
 * the node holding its lease. A node renews one heartbeat for all its leases; a lease whose
 * node's heartbeat has expired (the node stopped without releasing, or hangs) may be taken by
 * another node. On a single server (SQLite) every lease is granted at once and nothing is stored.
 */
final class FlowLeases implements AutoCloseable {
    /** How long a heartbeat lasts: the longest a flow stays unrun after its node dies. */
    static final Duration HEARTBEAT_TTL = Duration.ofSeconds(10);

    private final Database db;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    private FlowLeases(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One server alone on its database: every flow runs here. */
    static FlowLeases local() {
        return new FlowLeases(null, null);
    }

    /** One of several servers on a shared database; the heartbeat starts now. */
    static FlowLeases shared(Database db, Clock clock) {
        FlowLeases leases = new FlowLeases(db, clock);
        leases.update("INSERT INTO node_heartbeats (node_id, expires_at) VALUES (?, ?)", leases.node, leases.expiry());
        return leases;
    }

    boolean isShared() {
        return db != null;
    }

    String node() {
        return node;
    }

    /** Renews this node's heartbeat (re-created if it was pruned) and prunes those long dead. */
    void heartbeat() {
        if (!isShared()) {
            return;
        }
        if (update("UPDATE node_heartbeats SET expires_at = ? WHERE node_id = ?", expiry(), node) == 0) {
            update("INSERT INTO node_heartbeats (node_id, expires_at) VALUES (?, ?)", node, expiry());
        }
        update("DELETE FROM node_heartbeats WHERE expires_at < ?", clock.millis() - 6 * HEARTBEAT_TTL.toMillis());
    }

    /** Takes the flow's lease if it is free, already ours, or held by a node whose heartbeat expired. */
    boolean acquire(String flowArn) {
        if (!isShared()) {
            return true;
        }
        if (update(
                        "INSERT INTO flow_leases (flow_arn, node_id) VALUES (?, ?) ON CONFLICT (flow_arn) DO NOTHING",
                        flowArn,
                        node)
                == 1) {
            return true;
        }
        return update(
                        "UPDATE flow_leases SET node_id = ? WHERE flow_arn = ? AND (node_id = ? OR node_id NOT IN"
                                + " (SELECT node_id FROM node_heartbeats WHERE expires_at >= ?))",
                        node,
                        flowArn,
                        node,
                        clock.millis())
                == 1;
    }

    void release(String flowArn) {
        if (isShared()) {
            update("DELETE FROM flow_leases WHERE flow_arn = ? AND node_id = ?", flowArn, node);
        }
    }

    /** Every lease: flow ARN to the node holding it, with nodes whose heartbeat expired left out. */
    Map<String, String> live() {
        return query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT l.flow_arn, l.node_id FROM flow_leases l"
                    + " JOIN node_heartbeats h ON h.node_id = l.node_id WHERE h.expires_at >= ?")) {
                s.setLong(1, clock.millis());
                try (ResultSet rs = s.executeQuery()) {
                    Map<String, String> out = new HashMap<>();
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                    return out;
                }
            }
        });
    }

    /** The flows whose lease this node holds. */
    Set<String> held() {
        return query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT flow_arn FROM flow_leases WHERE node_id = ?")) {
                s.setString(1, node);
                try (ResultSet rs = s.executeQuery()) {
                    Set<String> out = new HashSet<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    /** Gives up every lease and the heartbeat: other nodes take the flows over at their next look. */
    @Override
    public void close() {
        if (isShared()) {
            update("DELETE FROM flow_leases WHERE node_id = ?", node);
            update("DELETE FROM node_heartbeats WHERE node_id = ?", node);
        }
    }

    private long expiry() {
        return clock.millis() + HEARTBEAT_TTL.toMillis();
    }

    private <T> T query(Database.Work<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw new StoreException("cannot read the flow leases", e);
        }
    }

    private int update(String sql, Object... params) {
        try {
            return db.update(sql, params);
        } catch (SQLException e) {
            throw new StoreException("cannot change the flow leases", e);
        }
    }
}
