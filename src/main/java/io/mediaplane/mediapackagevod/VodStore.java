package io.mediaplane.mediapackagevod;

import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Database;
import io.mediaplane.store.ResourceTable;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Packaging groups, packaging configurations and assets of every account, each kind in the shared
 * {@code resources} table keyed by its id; lookups answer MediaPackage VOD's own errors.
 */
final class VodStore {
    private static final int SCAN_PAGE = 500;

    final ResourceTable<GroupRecord> groups;
    final ResourceTable<ConfigurationRecord> configurations;
    final ResourceTable<AssetRecord> assets;

    VodStore(Database db) {
        groups = new ResourceTable<>(db, Kind.GROUP.storeKind, GroupRecord.class);
        configurations = new ResourceTable<>(db, Kind.CONFIGURATION.storeKind, ConfigurationRecord.class);
        assets = new ResourceTable<>(db, Kind.ASSET.storeKind, AssetRecord.class);
    }

    static Scope scope(RequestContext context) {
        return new Scope(context.accountId(), context.region());
    }

    static String createdAt(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    /** The table of a resource kind. */
    @SuppressWarnings("unchecked")
    <T> ResourceTable<T> table(Kind kind) {
        return (ResourceTable<T>)
                switch (kind) {
                    case GROUP -> groups;
                    case CONFIGURATION -> configurations;
                    case ASSET -> assets;
                };
    }

    /** The resource with this id in the caller's scope, or NotFoundException. */
    <T> Stored<T> require(Scope scope, Kind kind, String id) {
        ResourceTable<T> table = table(kind);
        return table.get(scope, id).orElseThrow(() -> VodError.notFound(kind.title, id));
    }

    /** Inserts a new resource; an id in use is UnprocessableEntityException. */
    <T> void insert(Scope scope, Kind kind, String id, String alias, long createdAtMillis, T value) {
        ResourceTable<T> table = table(kind);
        if (!table.insert(
                scope, id, VodArns.arn(scope, kind, id), alias, Instant.ofEpochMilli(createdAtMillis), value)) {
            throw VodError.unprocessable(kind.title + " '" + id + "' already exists");
        }
    }

    /** Changes a resource by id; NotFoundException when it is gone. */
    <T> T change(Scope scope, Kind kind, String id, UnaryOperator<T> change) {
        ResourceTable<T> table = table(kind);
        return table.update(scope, id, change).map(Stored::value).orElseThrow(() -> VodError.notFound(kind.title, id));
    }

    /** Deletes a resource by id; NotFoundException when it is not there. */
    void delete(Scope scope, Kind kind, String id) {
        ResourceTable<Object> table = table(kind);
        while (true) {
            Stored<Object> s = require(scope, kind, id);
            if (table.delete(scope, id, s.version())) {
                return;
            }
        }
    }

    /** Every resource of a kind in the scope that matches, in id order. */
    <T> List<T> all(Scope scope, Kind kind, Predicate<T> filter) {
        ResourceTable<T> table = table(kind);
        List<T> matching = new ArrayList<>();
        String after = null;
        while (true) {
            List<Stored<T>> batch = table.list(scope, after, SCAN_PAGE);
            for (Stored<T> s : batch) {
                after = s.name();
                if (filter.test(s.value())) {
                    matching.add(s.value());
                }
            }
            if (batch.size() < SCAN_PAGE) {
                return matching;
            }
        }
    }

    /** One page of the resources that match, after the cursor; the cursor of the next page or null. */
    <T> Page<T> page(Scope scope, Kind kind, Predicate<T> filter, String cursor, int limit) {
        ResourceTable<T> table = table(kind);
        List<T> items = new ArrayList<>();
        String after = cursor;
        while (true) {
            List<Stored<T>> batch = table.list(scope, after, SCAN_PAGE);
            for (Stored<T> s : batch) {
                if (!filter.test(s.value())) {
                    after = s.name();
                    continue;
                }
                if (items.size() == limit) {
                    return new Page<>(items, after);
                }
                items.add(s.value());
                after = s.name();
            }
            if (batch.size() < SCAN_PAGE) {
                return new Page<>(items, null);
            }
        }
    }

    /** Resources of one page and where the next starts (null: no more). */
    record Page<T>(List<T> items, String next) {}

    /** Tags of any resource, by kind and id. */
    Map<String, String> tags(Scope scope, Kind kind, String id) {
        Object value = require(scope, kind, id).value();
        return switch (value) {
            case GroupRecord g -> g.tags();
            case ConfigurationRecord c -> c.tags();
            case AssetRecord a -> a.tags();
            default -> throw new AwsException(VodError.INTERNAL_SERVER_ERROR, "unknown resource");
        };
    }
}
