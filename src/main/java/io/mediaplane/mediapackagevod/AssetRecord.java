package io.mediaplane.mediapackagevod;

import java.util.Map;

/** An asset as stored: its source and the group whose packaging configurations serve it. */
public record AssetRecord(
        String id,
        String packagingGroupId,
        long createdAtMillis,
        String resourceId,
        String sourceArn,
        String sourceRoleArn,
        Map<String, String> tags)
        implements InGroup {
    public AssetRecord {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    AssetRecord withTags(Map<String, String> value) {
        return new AssetRecord(id, packagingGroupId, createdAtMillis, resourceId, sourceArn, sourceRoleArn, value);
    }
}
