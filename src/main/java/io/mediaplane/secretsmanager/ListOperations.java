package io.mediaplane.secretsmanager;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.secretsmanager.ListShapes.Filter;
import io.mediaplane.secretsmanager.ListShapes.ListSecretsInput;
import io.mediaplane.secretsmanager.ListShapes.ListSecretsOutput;
import io.mediaplane.secretsmanager.ListShapes.SecretListEntry;
import io.mediaplane.secretsmanager.ListShapes.SortBy;
import io.mediaplane.secretsmanager.ListShapes.SortOrder;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ListSecrets: the scope's secrets filtered, sorted (by creation date unless SortBy says otherwise;
 * ascending unless SortOrder is {@code desc}; ties by name) and paged. A NextToken holds the sort key
 * and name of the last secret returned, sealed for this listing and these filters, so a page never
 * repeats or skips a secret and a token cannot be replayed against another query.
 */
final class ListOperations {
    private static final int DEFAULT_PAGE = 100;

    private final Secrets secrets;
    private final PageTokens tokens;

    ListOperations(Secrets secrets, PageTokens tokens) {
        this.secrets = secrets;
        this.tokens = tokens;
    }

    ListSecretsOutput listSecrets(RequestContext context, ListSecretsInput in) {
        List<Filter> filters = in.filters() == null ? List.of() : in.filters();
        SecretFilters.check(filters);
        Scope scope = Secrets.scope(context);
        Instant now = context.received();
        SortBy by = in.sortBy() == null ? SortBy.CREATED_DATE : in.sortBy();
        boolean planned = Boolean.TRUE.equals(in.includePlannedDeletion());
        String listing = "secretsmanager/ListSecrets/" + scope.accountId() + "/" + scope.region() + "/" + by + "/"
                + in.sortOrder() + "/" + planned + "/" + filters;
        String after = null;
        if (in.nextToken() != null) {
            try {
                after = tokens.open(listing, in.nextToken());
            } catch (IllegalArgumentException e) {
                throw new AwsException(
                        SecretsManagerError.INVALID_NEXT_TOKEN,
                        "The NextToken value is not valid for this request: pass the NextToken of the previous page"
                                + " of the same listing.");
            }
        }
        Comparator<String> order = Comparator.naturalOrder();
        if (in.sortOrder() == SortOrder.DESC) {
            order = order.reversed();
        }
        List<SecretRecord> matching = new ArrayList<>();
        for (Stored<SecretRecord> s : secrets.all(scope)) {
            if (s.value().deletedBy(now)) {
                secrets.purge(scope, s);
            } else if ((planned || !s.value().scheduledForDeletion()) && SecretFilters.matches(s.value(), filters)) {
                matching.add(s.value());
            }
        }
        Comparator<String> byKey = order;
        matching.sort((a, b) -> byKey.compare(cursor(a, by), cursor(b, by)));
        int limit = in.maxResults() == null ? DEFAULT_PAGE : in.maxResults();
        List<SecretListEntry> page = new ArrayList<>();
        String last = null;
        for (SecretRecord s : matching) {
            String key = cursor(s, by);
            if (after != null && byKey.compare(key, after) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                return new ListSecretsOutput(page, tokens.issue(listing, last));
            }
            page.add(SecretShapes.details(s, SecretListEntry::new));
            last = key;
        }
        return new ListSecretsOutput(page, null);
    }

    /** The sort key of a secret, then its name: dates as fixed-width numbers so text order is time order. */
    private static String cursor(SecretRecord s, SortBy by) {
        String key = switch (by) {
            case CREATED_DATE -> fixed(s.createdAtMillis());
            case LAST_CHANGED_DATE -> fixed(s.lastChangedAtMillis());
            case LAST_ACCESSED_DATE -> fixed(s.lastAccessedAtMillis() == null ? 0 : s.lastAccessedAtMillis());
            case NAME -> "";
        };
        return key + "\u0000" + s.name();
    }

    private static String fixed(long millis) {
        return String.format("%020d", Math.max(0, millis));
    }
}
