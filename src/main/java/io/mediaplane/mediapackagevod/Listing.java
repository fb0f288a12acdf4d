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

    String next(String listing, String cursor) {
        return cursor == null ? null : tokens.issue(listing, cursor);
    }
}
