package io.mediaplane.mediaconnect;

import io.mediaplane.config.AddressPool;
import io.mediaplane.store.Database;
import io.mediaplane.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Where each flow receives: its own address from the {@code --media-addresses} pool while one is
 * free (as on AWS, where every flow has its own IngestIp, so flows of any account may use the
 * same port), else the shared {@code --media-address}, where two flows on one port conflict only
 * when both run. A flow keeps its address, in the database, until it is deleted; every node sees
 * the same claims.
 */
final class IngestAddresses {
    private static final int ATTEMPTS = 20;

    private final Database db;
    private final AddressPool pool;
    private final String shared;

    IngestAddresses(Database db, AddressPool pool, String shared) {
        this.db = db;
        this.pool = pool;
        this.shared = shared;
    }

    /** The shared address (also every flow's egress address). */
    String shared() {
        return shared;
    }

    /** An address for a new flow: a free one of the pool, claimed for it, or the shared one. */
    String claim(String flowArn) {
        for (int attempt = 0; attempt < ATTEMPTS && !pool.isEmpty(); attempt++) {
            Set<String> taken = taken();
            String free = null;
            for (long i = 0; i < pool.size() && free == null; i++) {
                String a = pool.address(i);
                if (!taken.contains(a)) {
                    free = a;
                }
            }
            if (free == null) {
                return shared;
            }
            if (insert(free, flowArn)) {
                return free;
            }
        }
        return shared;
    }

    /** The flow is gone: its address may go to another. */
    void release(String flowArn) {
        write("DELETE FROM ingest_addresses WHERE flow_arn = ?", flowArn);
    }

    /** The address a flow stored receives on now: its own while the pool still holds it, else the shared one. */
    String effective(String stored) {
        return stored != null && pool.contains(stored) ? stored : shared;
    }

    private Set<String> taken() {
        try {
            return db.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT address FROM ingest_addresses");
                        ResultSet rs = s.executeQuery()) {
                    Set<String> out = new HashSet<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("cannot read the ingest addresses", e);
        }
    }

    private boolean insert(String address, String flowArn) {
        return write(
                        "INSERT INTO ingest_addresses (address, flow_arn) VALUES (?, ?)"
                                + " ON CONFLICT (address) DO NOTHING",
                        address,
                        flowArn)
                == 1;
    }

    private int write(String sql, Object... params) {
        try {
            return db.update(sql, params);
        } catch (SQLException e) {
            throw new StoreException("cannot change the ingest addresses", e);
        }
    }
}
