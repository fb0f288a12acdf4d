package io.mediaplane.mediapackagevod;

import io.mediaplane.aws.Tags;
import io.mediaplane.mediapackagevod.OperationShapes.CreateAssetRequest;
import io.mediaplane.mediapackagevod.OperationShapes.Empty;
import io.mediaplane.mediapackagevod.OperationShapes.IdRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListAssetsResponse;
import io.mediaplane.mediapackagevod.OperationShapes.ListInGroupRequest;
import io.mediaplane.mediapackagevod.ResourceShapes.Asset;
import io.mediaplane.mediapackagevod.ResourceShapes.AssetShallow;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.Map;

/**
 * The asset operations. An asset's egress endpoints are those of its group's packaging
 * configurations at the time of asking (a configuration added later serves existing assets, as
 * AWS's just-in-time packaging does), each {@code QUEUED} until ingest and packaging exist.
 */
record AssetOperations(VodStore store, Egress egress, Listing listing) {
    Asset createAsset(RequestContext context, CreateAssetRequest in) {
        Scope scope = VodStore.scope(context);
        Map<String, String> tags =
                Tags.merge(Map.of(), in.tags() == null ? Map.of() : in.tags(), VodError::unprocessable);
        store.require(scope, Kind.GROUP, in.packagingGroupId());
        AssetRecord a = new AssetRecord(
                in.id(),
                in.packagingGroupId(),
                context.received().toEpochMilli(),
                in.resourceId(),
                in.sourceArn(),
                in.sourceRoleArn(),
                tags);
        store.insert(scope, Kind.ASSET, a.id(), null, a.createdAtMillis(), a);
        return view(scope, a);
    }

    Asset describeAsset(RequestContext context, IdRequest in) {
        Scope scope = VodStore.scope(context);
        return view(
                scope, store.<AssetRecord>require(scope, Kind.ASSET, in.id()).value());
    }

    ListAssetsResponse listAssets(RequestContext context, ListInGroupRequest in) {
        Scope scope = VodStore.scope(context);
        Listing.Result<AssetRecord> page = listing.page(store, scope, Kind.ASSET, "ListAssets", in);
        return new ListAssetsResponse(
                page.items().stream().map(a -> shallow(scope, a)).toList(), page.nextToken());
    }

    Empty deleteAsset(RequestContext context, IdRequest in) {
        store.delete(VodStore.scope(context), Kind.ASSET, in.id());
        return new Empty();
    }

    private Asset view(Scope scope, AssetRecord a) {
        var group = store.groups.get(scope, a.packagingGroupId());
        var endpoints = group.isEmpty()
                ? java.util.List.<ResourceShapes.EgressEndpoint>of()
                : store
                        .<ConfigurationRecord>all(
                                scope,
                                Kind.CONFIGURATION,
                                c -> c.packagingGroupId().equals(a.packagingGroupId()))
                        .stream()
                        .map(c -> egress.endpoint(group.get().value(), a, c))
                        .toList();
        return new Asset(
                VodArns.arn(scope, Kind.ASSET, a.id()),
                VodStore.createdAt(a.createdAtMillis()),
                endpoints,
                a.id(),
                a.packagingGroupId(),
                a.resourceId(),
                a.sourceArn(),
                a.sourceRoleArn(),
                a.tags());
    }

    private static AssetShallow shallow(Scope scope, AssetRecord a) {
        return new AssetShallow(
                VodArns.arn(scope, Kind.ASSET, a.id()),
                VodStore.createdAt(a.createdAtMillis()),
                a.id(),
                a.packagingGroupId(),
                a.resourceId(),
                a.sourceArn(),
                a.sourceRoleArn(),
                a.tags());
    }
}
