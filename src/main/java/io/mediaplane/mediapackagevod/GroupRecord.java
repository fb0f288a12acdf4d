package io.mediaplane.mediapackagevod;

import io.mediaplane.mediapackagevod.ResourceShapes.Authorization;
import io.mediaplane.mediapackagevod.ResourceShapes.EgressAccessLogs;
import java.util.Map;

/**
 * A packaging group as stored (one JSON document).
 *
 * @param egressKey the random key in the group's egress URLs, unique across accounts, so an
 *                  unsigned egress request leads to the group's account and region
 */
public record GroupRecord(
        String id,
        String egressKey,
        long createdAtMillis,
        Authorization authorization,
        EgressAccessLogs egressAccessLogs,
        Map<String, String> tags) {
    public GroupRecord {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    GroupRecord withAuthorization(Authorization value) {
        return new GroupRecord(id, egressKey, createdAtMillis, value, egressAccessLogs, tags);
    }

    GroupRecord withEgressAccessLogs(EgressAccessLogs value) {
        return new GroupRecord(id, egressKey, createdAtMillis, authorization, value, tags);
    }

    GroupRecord withTags(Map<String, String> value) {
        return new GroupRecord(id, egressKey, createdAtMillis, authorization, egressAccessLogs, value);
    }
}
