package io.mediaplane.mediapackagevod;

import io.mediaplane.aws.Tags;
import io.mediaplane.mediapackagevod.OperationShapes.ConfigureLogsRequest;
import io.mediaplane.mediapackagevod.OperationShapes.CreatePackagingGroupRequest;
import io.mediaplane.mediapackagevod.OperationShapes.Empty;
import io.mediaplane.mediapackagevod.OperationShapes.IdRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListPackagingGroupsRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListPackagingGroupsResponse;
import io.mediaplane.mediapackagevod.OperationShapes.UpdatePackagingGroupRequest;
import io.mediaplane.mediapackagevod.ResourceShapes.EgressAccessLogs;
import io.mediaplane.mediapackagevod.ResourceShapes.PackagingGroup;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.List;
import java.util.Map;

/** The packaging group operations, ConfigureLogs included. */
record GroupOperations(VodStore store, Egress egress, Listing listing) {
    /** The log group AWS uses when egress access logging is turned on without a name. */
    static final String DEFAULT_LOG_GROUP = "/aws/MediaPackage/VodEgressAccessLogs";

    PackagingGroup createPackagingGroup(RequestContext context, CreatePackagingGroupRequest in) {
        Scope scope = VodStore.scope(context);
        Map<String, String> tags =
                Tags.merge(Map.of(), in.tags() == null ? Map.of() : in.tags(), VodError::unprocessable);
        GroupRecord g = new GroupRecord(
                in.id(),
                Egress.newKey(),
                context.received().toEpochMilli(),
                in.authorization(),
                logs(in.egressAccessLogs()),
                tags);
        store.insert(scope, Kind.GROUP, g.id(), g.egressKey(), g.createdAtMillis(), g);
        return view(scope, g, null);
    }

    PackagingGroup describePackagingGroup(RequestContext context, IdRequest in) {
        Scope scope = VodStore.scope(context);
        GroupRecord g = store.<GroupRecord>require(scope, Kind.GROUP, in.id()).value();
        return view(scope, g, assetCount(scope, g.id()));
    }

    ListPackagingGroupsResponse listPackagingGroups(RequestContext context, ListPackagingGroupsRequest in) {
        Scope scope = VodStore.scope(context);
        String name = Listing.name("ListPackagingGroups", scope, null);
        VodStore.Page<GroupRecord> page = store.page(
                scope, Kind.GROUP, g -> true, listing.cursor(name, in.nextToken()), Listing.limit(in.maxResults()));
        List<PackagingGroup> groups = page.items().stream()
                .map(g -> view(scope, g, assetCount(scope, g.id())))
                .toList();
        return new ListPackagingGroupsResponse(listing.next(name, page.next()), groups);
    }

    PackagingGroup updatePackagingGroup(RequestContext context, UpdatePackagingGroupRequest in) {
        Scope scope = VodStore.scope(context);
        GroupRecord g =
                store.<GroupRecord>change(scope, Kind.GROUP, in.id(), x -> x.withAuthorization(in.authorization()));
        return view(scope, g, assetCount(scope, g.id()));
    }

    PackagingGroup configureLogs(RequestContext context, ConfigureLogsRequest in) {
        Scope scope = VodStore.scope(context);
        GroupRecord g = store.<GroupRecord>change(
                scope, Kind.GROUP, in.id(), x -> x.withEgressAccessLogs(logs(in.egressAccessLogs())));
        return view(scope, g, null);
    }

    /** Refused while configurations or assets still belong to the group, as AWS does. */
    Empty deletePackagingGroup(RequestContext context, IdRequest in) {
        Scope scope = VodStore.scope(context);
        store.require(scope, Kind.GROUP, in.id());
        int configurations = store.<ConfigurationRecord>all(
                        scope, Kind.CONFIGURATION, c -> c.packagingGroupId().equals(in.id()))
                .size();
        int assets = assetCount(scope, in.id());
        if (configurations > 0 || assets > 0) {
            throw VodError.unprocessable("Packaging group '" + in.id() + "' still has " + configurations
                    + " packaging configuration(s) and " + assets + " asset(s); delete them first");
        }
        store.delete(scope, Kind.GROUP, in.id());
        return new Empty();
    }

    private int assetCount(Scope scope, String groupId) {
        return store.<AssetRecord>all(
                        scope, Kind.ASSET, a -> a.packagingGroupId().equals(groupId))
                .size();
    }

    private static EgressAccessLogs logs(EgressAccessLogs requested) {
        if (requested == null) {
            return null;
        }
        return requested.logGroupName() == null ? new EgressAccessLogs(DEFAULT_LOG_GROUP) : requested;
    }

    private PackagingGroup view(Scope scope, GroupRecord g, Integer assetCount) {
        return new PackagingGroup(
                assetCount,
                VodArns.arn(scope, Kind.GROUP, g.id()),
                g.authorization(),
                VodStore.createdAt(g.createdAtMillis()),
                egress.domainName(),
                g.egressAccessLogs(),
                g.id(),
                g.tags());
    }
}
