package io.mediaplane.mediapackagevod;

import io.mediaplane.aws.Tags;
import io.mediaplane.mediapackagevod.OperationShapes.CreatePackagingConfigurationRequest;
import io.mediaplane.mediapackagevod.OperationShapes.Empty;
import io.mediaplane.mediapackagevod.OperationShapes.IdRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListInGroupRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListPackagingConfigurationsResponse;
import io.mediaplane.mediapackagevod.ResourceShapes.PackagingConfiguration;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.Map;

/** The packaging configuration operations. */
record ConfigurationOperations(VodStore store, Listing listing) {
    PackagingConfiguration createPackagingConfiguration(
            RequestContext context, CreatePackagingConfigurationRequest in) {
        Scope scope = VodStore.scope(context);
        Map<String, String> tags =
                Tags.merge(Map.of(), in.tags() == null ? Map.of() : in.tags(), VodError::unprocessable);
        ConfigurationRecord c = new ConfigurationRecord(
                in.id(),
                in.packagingGroupId(),
                context.received().toEpochMilli(),
                in.cmafPackage(),
                in.dashPackage(),
                in.hlsPackage(),
                in.mssPackage(),
                tags);
        PackageRules.check(c);
        store.require(scope, Kind.GROUP, in.packagingGroupId());
        store.insert(scope, Kind.CONFIGURATION, c.id(), null, c.createdAtMillis(), c);
        return view(scope, c);
    }

    PackagingConfiguration describePackagingConfiguration(RequestContext context, IdRequest in) {
        Scope scope = VodStore.scope(context);
        return view(
                scope,
                store.<ConfigurationRecord>require(scope, Kind.CONFIGURATION, in.id())
                        .value());
    }

    ListPackagingConfigurationsResponse listPackagingConfigurations(RequestContext context, ListInGroupRequest in) {
        Scope scope = VodStore.scope(context);
        Listing.Result<ConfigurationRecord> page =
                listing.page(store, scope, Kind.CONFIGURATION, "ListPackagingConfigurations", in);
        return new ListPackagingConfigurationsResponse(
                page.nextToken(), page.items().stream().map(c -> view(scope, c)).toList());
    }

    Empty deletePackagingConfiguration(RequestContext context, IdRequest in) {
        store.delete(VodStore.scope(context), Kind.CONFIGURATION, in.id());
        return new Empty();
    }

    static PackagingConfiguration view(Scope scope, ConfigurationRecord c) {
        return new PackagingConfiguration(
                VodArns.arn(scope, Kind.CONFIGURATION, c.id()),
                c.cmafPackage(),
                VodStore.createdAt(c.createdAtMillis()),
                c.dashPackage(),
                c.hlsPackage(),
                c.id(),
                c.mssPackage(),
                c.packagingGroupId(),
                c.tags());
    }
}
