package io.mediaplane.mediapackagevod;

import io.mediaplane.mediapackagevod.PackageShapes.CmafPackage;
import io.mediaplane.mediapackagevod.PackageShapes.DashPackage;
import io.mediaplane.mediapackagevod.PackageShapes.HlsPackage;
import io.mediaplane.mediapackagevod.PackageShapes.MssPackage;
import java.util.Map;

/** A packaging configuration as stored: exactly one of the four packages is set. */
public record ConfigurationRecord(
        String id,
        String packagingGroupId,
        long createdAtMillis,
        CmafPackage cmafPackage,
        DashPackage dashPackage,
        HlsPackage hlsPackage,
        MssPackage mssPackage,
        Map<String, String> tags)
        implements InGroup {
    public ConfigurationRecord {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    ConfigurationRecord withTags(Map<String, String> value) {
        return new ConfigurationRecord(
                id, packagingGroupId, createdAtMillis, cmafPackage, dashPackage, hlsPackage, mssPackage, value);
    }
}
