package io.mediaplane.mediapackagevod;

import static io.mediaplane.protocol.Operation.rest;

import io.mediaplane.mediapackagevod.OperationShapes.ConfigureLogsRequest;
import io.mediaplane.mediapackagevod.OperationShapes.CreateAssetRequest;
import io.mediaplane.mediapackagevod.OperationShapes.CreatePackagingConfigurationRequest;
import io.mediaplane.mediapackagevod.OperationShapes.CreatePackagingGroupRequest;
import io.mediaplane.mediapackagevod.OperationShapes.Empty;
import io.mediaplane.mediapackagevod.OperationShapes.IdRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListAssetsResponse;
import io.mediaplane.mediapackagevod.OperationShapes.ListInGroupRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListPackagingConfigurationsResponse;
import io.mediaplane.mediapackagevod.OperationShapes.ListPackagingGroupsRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListPackagingGroupsResponse;
import io.mediaplane.mediapackagevod.OperationShapes.ListTagsForResourceRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListTagsForResourceResponse;
import io.mediaplane.mediapackagevod.OperationShapes.TagResourceRequest;
import io.mediaplane.mediapackagevod.OperationShapes.UntagResourceRequest;
import io.mediaplane.mediapackagevod.OperationShapes.UpdatePackagingGroupRequest;
import io.mediaplane.mediapackagevod.ResourceShapes.Asset;
import io.mediaplane.mediapackagevod.ResourceShapes.PackagingConfiguration;
import io.mediaplane.mediapackagevod.ResourceShapes.PackagingGroup;
import io.mediaplane.protocol.JsonMappers;
import io.mediaplane.protocol.Protocol;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.protocol.TimestampFormat;
import java.util.List;

/** AWS Elemental MediaPackage VOD (restJson1, lowerCamel, {@code createdAt} as strings): 17 operations, declared once. */
public final class MediaPackageVodService {
    private static final String GROUPS = "/packaging_groups";
    private static final String CONFIGURATIONS = "/packaging_configurations";

    private MediaPackageVodService() {}

    static ServiceSpec spec(VodStore store, Egress egress, Listing listing) {
        var g = new GroupOperations(store, egress, listing);
        var c = new ConfigurationOperations(store, listing);
        var a = new AssetOperations(store, egress, listing);
        var t = new TagOperations(store);
        Class<IdRequest> id = IdRequest.class;
        Class<PackagingGroup> group = PackagingGroup.class;
        Class<PackagingConfiguration> configuration = PackagingConfiguration.class;
        return new ServiceSpec(
                "mediapackage-vod",
                Protocol.REST_JSON_1,
                VodArns.SERVICE,
                null,
                "message",
                VodError.UNPROCESSABLE_ENTITY,
                VodError.UNPROCESSABLE_ENTITY,
                VodError.INTERNAL_SERVER_ERROR,
                JsonMappers.wire(null, TimestampFormat.ISO_8601),
                false,
                List.of(
                        rest(
                                "POST",
                                GROUPS,
                                200,
                                "CreatePackagingGroup",
                                CreatePackagingGroupRequest.class,
                                group,
                                g::createPackagingGroup),
                        rest(
                                "GET",
                                GROUPS + "/{Id}",
                                200,
                                "DescribePackagingGroup",
                                id,
                                group,
                                g::describePackagingGroup),
                        rest(
                                "GET",
                                GROUPS,
                                200,
                                "ListPackagingGroups",
                                ListPackagingGroupsRequest.class,
                                ListPackagingGroupsResponse.class,
                                g::listPackagingGroups),
                        rest(
                                "PUT",
                                GROUPS + "/{Id}",
                                200,
                                "UpdatePackagingGroup",
                                UpdatePackagingGroupRequest.class,
                                group,
                                g::updatePackagingGroup),
                        rest(
                                "DELETE",
                                GROUPS + "/{Id}",
                                202,
                                "DeletePackagingGroup",
                                id,
                                Empty.class,
                                g::deletePackagingGroup),
                        rest(
                                "PUT",
                                GROUPS + "/{Id}/configure_logs",
                                200,
                                "ConfigureLogs",
                                ConfigureLogsRequest.class,
                                group,
                                g::configureLogs),
                        rest(
                                "POST",
                                CONFIGURATIONS,
                                200,
                                "CreatePackagingConfiguration",
                                CreatePackagingConfigurationRequest.class,
                                configuration,
                                c::createPackagingConfiguration),
                        rest(
                                "GET",
                                CONFIGURATIONS + "/{Id}",
                                200,
                                "DescribePackagingConfiguration",
                                id,
                                configuration,
                                c::describePackagingConfiguration),
                        rest(
                                "GET",
                                CONFIGURATIONS,
                                200,
                                "ListPackagingConfigurations",
                                ListInGroupRequest.class,
                                ListPackagingConfigurationsResponse.class,
                                c::listPackagingConfigurations),
                        rest(
                                "DELETE",
                                CONFIGURATIONS + "/{Id}",
                                202,
                                "DeletePackagingConfiguration",
                                id,
                                Empty.class,
                                c::deletePackagingConfiguration),
                        rest(
                                "POST",
                                "/assets",
                                200,
                                "CreateAsset",
                                CreateAssetRequest.class,
                                Asset.class,
                                a::createAsset),
                        rest("GET", "/assets/{Id}", 200, "DescribeAsset", id, Asset.class, a::describeAsset),
                        rest(
                                "GET",
                                "/assets",
                                200,
                                "ListAssets",
                                ListInGroupRequest.class,
                                ListAssetsResponse.class,
                                a::listAssets),
                        rest("DELETE", "/assets/{Id}", 202, "DeleteAsset", id, Empty.class, a::deleteAsset),
                        rest(
                                "POST",
                                "/tags/{ResourceArn}",
                                204,
                                "TagResource",
                                TagResourceRequest.class,
                                Empty.class,
                                t::tagResource),
                        rest(
                                "DELETE",
                                "/tags/{ResourceArn}",
                                204,
                                "UntagResource",
                                UntagResourceRequest.class,
                                Empty.class,
                                t::untagResource),
                        rest(
                                "GET",
                                "/tags/{ResourceArn}",
                                200,
                                "ListTagsForResource",
                                ListTagsForResourceRequest.class,
                                ListTagsForResourceResponse.class,
                                t::listTagsForResource)));
    }
}
