package io.mediaplane.mediastore.data;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.mediastore.Containers;
import io.mediaplane.mediastore.data.ObjectShapes.Item;
import io.mediaplane.mediastore.data.ObjectShapes.ItemType;
import io.mediaplane.mediastore.data.ObjectShapes.ListItemsInput;
import io.mediaplane.mediastore.data.ObjectShapes.ListItemsOutput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * ListItems: the direct children of a folder, folders (implicit: they exist while an object
 * lies below them) and objects, in name order (a folder keyed by its name and a slash), paged with sealed tokens. Expired objects are
 * left out, and so are folders that hold nothing else.
 */
final class FolderListing {
    private static final int DEFAULT_PAGE = 1000;

    private final ObjectStore store;
    private final Expiry expiry;
    private final PageTokens tokens;

    FolderListing(ObjectStore store, Expiry expiry, PageTokens tokens) {
        this.store = store;
        this.expiry = expiry;
        this.tokens = tokens;
    }

    ListItemsOutput listItems(RequestContext context, ListItemsInput input) {
        Containers.Located container = context.target(Containers.Located.class);
        String containerId = container.container().endpointId();
        String folder = ObjectPaths.folderPrefix(input.path());
        String listing = "mediastore-data/ListItems/" + containerId + "/" + folder;
        String after = null;
        if (input.nextToken() != null) {
            try {
                after = tokens.open(listing, input.nextToken());
            } catch (IllegalArgumentException e) {
                throw new AwsException(MediaStoreDataError.VALIDATION, e.getMessage());
            }
        }
        TreeMap<String, Item> children = new TreeMap<>();
        for (ObjectRecord r : store.below(containerId, folder)) {
            if (expiry.expired(container.container(), r.path(), r.createdAt(), context.received())) {
                continue;
            }
            String rest = r.path().substring(folder.length());
            int slash = rest.indexOf('/');
            if (slash >= 0) {
                String name = rest.substring(0, slash);
                children.putIfAbsent(name + "/", new Item(name, ItemType.FOLDER, null, null, null, null));
            } else {
                children.put(rest, new Item(rest, ItemType.OBJECT, r.eTag(), r.createdAt(), r.contentType(), r.size()));
            }
        }
        int limit = input.maxResults() == null ? DEFAULT_PAGE : input.maxResults();
        List<Item> page = new ArrayList<>();
        var remaining = after == null
                ? children.entrySet()
                : children.tailMap(after, false).entrySet();
        String next = null;
        String lastKey = null;
        for (var entry : remaining) {
            if (page.size() == limit) {
                next = tokens.issue(listing, lastKey);
                break;
            }
            page.add(entry.getValue());
            lastKey = entry.getKey();
        }
        return new ListItemsOutput(page, next);
    }
}
