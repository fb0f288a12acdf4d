package io.mediaplane.mediapackagevod;

import io.mediaplane.mediapackagevod.PackageShapes.CmafPackage;
import io.mediaplane.mediapackagevod.PackageShapes.DashPackage;
import io.mediaplane.mediapackagevod.PackageShapes.HlsPackage;
import io.mediaplane.mediapackagevod.PackageShapes.MssPackage;
import io.mediaplane.mediapackagevod.ResourceShapes.AssetShallow;
import io.mediaplane.mediapackagevod.ResourceShapes.Authorization;
import io.mediaplane.mediapackagevod.ResourceShapes.EgressAccessLogs;
import io.mediaplane.mediapackagevod.ResourceShapes.PackagingConfiguration;
import io.mediaplane.mediapackagevod.ResourceShapes.PackagingGroup;
import io.mediaplane.protocol.Label;
import io.mediaplane.protocol.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** Inputs and list outputs of the 17 operations (single resources answer the shapes of {@link ResourceShapes}). */
public final class OperationShapes {
    /** Ids of groups, configurations and assets: they appear in ARNs and egress URLs. */
    static final String ID = "[0-9a-zA-Z_-]{1,256}";

    static final String SOURCE_ARN = "arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+";

    private OperationShapes() {}

    public record CreatePackagingGroupRequest(
            @Valid Authorization authorization,
            @Valid EgressAccessLogs egressAccessLogs,
            @NotNull @Pattern(regexp = ID) String id,
            Map<String, String> tags) {}

    public record IdRequest(@Label("Id") @NotNull String id) {}

    public record UpdatePackagingGroupRequest(
            @Label("Id") @NotNull String id, @Valid Authorization authorization) {}

    public record ConfigureLogsRequest(
            @Label("Id") @NotNull String id, @Valid EgressAccessLogs egressAccessLogs) {}

    public record ListPackagingGroupsRequest(
            @Query("maxResults") @Min(1) @Max(1000) Integer maxResults,
            @Query("nextToken") String nextToken) {}

    public record ListPackagingGroupsResponse(String nextToken, List<PackagingGroup> packagingGroups) {}

    /** ListPackagingConfigurations and ListAssets: a page, optionally of one group only. */
    public record ListInGroupRequest(
            @Query("maxResults") @Min(1) @Max(1000) Integer maxResults,
            @Query("nextToken") String nextToken,
            @Query("packagingGroupId") String packagingGroupId) {}

    public record ListPackagingConfigurationsResponse(
            String nextToken, List<PackagingConfiguration> packagingConfigurations) {}

    public record ListAssetsResponse(List<AssetShallow> assets, String nextToken) {}

    public record CreatePackagingConfigurationRequest(
            @Valid CmafPackage cmafPackage,
            @Valid DashPackage dashPackage,
            @Valid HlsPackage hlsPackage,
            @NotNull @Pattern(regexp = ID) String id,
            @Valid MssPackage mssPackage,
            @NotNull String packagingGroupId,
            Map<String, String> tags) {}

    public record CreateAssetRequest(
            @NotNull @Pattern(regexp = ID) String id,
            @NotNull String packagingGroupId,
            String resourceId,
            @NotNull @Pattern(regexp = SOURCE_ARN) String sourceArn,

            @NotNull @Pattern(regexp = PackageShapes.ROLE_ARN)
            String sourceRoleArn,

            Map<String, String> tags) {}

    public record TagResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn,
            @NotNull Map<String, String> tags) {}

    public record UntagResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn,
            @Query("tagKeys") @NotNull List<String> tagKeys) {}

    public record ListTagsForResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn) {}

    public record ListTagsForResourceResponse(Map<String, String> tags) {}

    /** Output of the operations that answer nothing (deletes 202, tagging 204). */
    public record Empty() {}
}
