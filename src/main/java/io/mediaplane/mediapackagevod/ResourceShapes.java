package io.mediaplane.mediapackagevod;

import io.mediaplane.mediapackagevod.PackageShapes.CmafPackage;
import io.mediaplane.mediapackagevod.PackageShapes.DashPackage;
import io.mediaplane.mediapackagevod.PackageShapes.HlsPackage;
import io.mediaplane.mediapackagevod.PackageShapes.MssPackage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** The resources as the wire shows them (also the stored settings of a packaging group). */
public final class ResourceShapes {
    private ResourceShapes() {}

    /** CDN authorization: the Secrets Manager secret holding the CDN identifier, and the role to read it. */
    public record Authorization(
            @NotNull @Pattern(regexp = "arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:.+")
            String cdnIdentifierSecret,

            @NotNull @Pattern(regexp = PackageShapes.ROLE_ARN)
            String secretsRoleArn) {}

    /** Egress access logging; the log group name must start with {@code /aws/MediaPackage/}. */
    public record EgressAccessLogs(
            @Pattern(regexp = "/aws/MediaPackage/[\\w./#-]{1,490}")
            String logGroupName) {}

    public record PackagingGroup(
            Integer approximateAssetCount,
            String arn,
            Authorization authorization,
            String createdAt,
            String domainName,
            EgressAccessLogs egressAccessLogs,
            String id,
            Map<String, String> tags) {}

    public record PackagingConfiguration(
            String arn,
            CmafPackage cmafPackage,
            String createdAt,
            DashPackage dashPackage,
            HlsPackage hlsPackage,
            String id,
            MssPackage mssPackage,
            String packagingGroupId,
            Map<String, String> tags) {}

    /** Where one packaging configuration serves an asset, and whether it does yet. */
    public record EgressEndpoint(String packagingConfigurationId, String status, String url) {}

    public record Asset(
            String arn,
            String createdAt,
            List<EgressEndpoint> egressEndpoints,
            String id,
            String packagingGroupId,
            String resourceId,
            String sourceArn,
            String sourceRoleArn,
            Map<String, String> tags) {}

    /** An asset as ListAssets shows it (no egress endpoints). */
    public record AssetShallow(
            String arn,
            String createdAt,
            String id,
            String packagingGroupId,
            String resourceId,
            String sourceArn,
            String sourceRoleArn,
            Map<String, String> tags) {}
}
