package io.mediaplane.mediapackagevod;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.store.Scope;

/** MaxResults/NextToken paging: sealed tokens naming the listing they belong to. */
record Listing(PageTokens tokens) {
    static final int DEFAULT_PAGE = 50;

    static String name(String operation, Scope scope, String groupId) {
        return "mediapackage-vod/" + operation + "/" + scope.accountId() + "/" + scope.region() + "/"
                + (groupId == null ? "" : groupId);
    }

    static int limit(Integer maxResults) {
        return maxResults == null ? DEFAULT_PAGE : maxResults;
    }

    String cursor(String listing, String nextToken) {
        if (nextToken == null) {
            return null;
        }
        try {
            return tokens.open(listing, nextToken);
        } catch (IllegalArgumentException e) {
            throw VodError.unprocessable(e.getMessage());
        }
    }

    /** One page of ListAssets or ListPackagingConfigurations: all, or those of {@code in}'s group. */
    <T extends InGroup> Result<T> page(
            VodStore store, Scope scope, Kind kind, String operation, OperationShapes.ListInGroupRequest in) {
        String group = in.packagingGroupId();
        String name = name(operation, scope, group);
        VodStore.Page<T> page = store.page(
                scope,
                kind,
                r -> group == null || r.packagingGroupId().equals(group),
                cursor(name, in.nextToken()),
                limit(in.maxResults()));
        return new Result<>(page.items(), next(name, page.next()));
    }

    /** The items of a page and the NextToken to give the caller. */
    record Result<T>(java.util.List<T> items, String nextToken) {}

    String next(String listing, String cursor) {
        return cursor == null ? null : tokens.issue(listing, cursor);
    }
}
