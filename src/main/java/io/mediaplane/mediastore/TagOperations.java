package io.mediaplane.mediastore;

import io.mediaplane.aws.Tags;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.mediastore.ContainerShapes.Tag;
import io.mediaplane.mediastore.TagShapes.ListTagsForResourceInput;
import io.mediaplane.mediastore.TagShapes.ListTagsForResourceOutput;
import io.mediaplane.mediastore.TagShapes.TagResourceInput;
import io.mediaplane.mediastore.TagShapes.UntagResourceInput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource on container ARNs. */
final class TagOperations {
    private final Containers containers;

    TagOperations(Containers containers) {
        this.containers = containers;
    }

    EmptyOutput tagResource(RequestContext context, TagResourceInput input) {
        String name = containerOf(context, input.resource());
        Map<String, String> added = toMap(input.tags());
        containers.updateActive(
                context, name, c -> c.withTags(Tags.merge(c.tags(), added, MediaStoreError::validation)));
        return new EmptyOutput();
    }

    EmptyOutput untagResource(RequestContext context, UntagResourceInput input) {
        String name = containerOf(context, input.resource());
        Tags.checkKeys(input.tagKeys(), MediaStoreError::validation);
        containers.updateActive(context, name, c -> {
            Map<String, String> tags = new LinkedHashMap<>(c.tags());
            input.tagKeys().forEach(tags::remove);
            return c.withTags(tags);
        });
        return new EmptyOutput();
    }

    ListTagsForResourceOutput listTagsForResource(RequestContext context, ListTagsForResourceInput input) {
        String name = containerOf(context, input.resource());
        ContainerRecord c = containers.requireReadable(context, name);
        List<Tag> tags = new ArrayList<>();
        c.tags().forEach((k, v) -> tags.add(new Tag(k, v)));
        return new ListTagsForResourceOutput(tags);
    }

    /** The container name of an ARN in the caller's scope; another account's or region's ARN is not found. */
    private static String containerOf(RequestContext context, String arn) {
        String name = arn.substring(arn.indexOf(":container/") + ":container/".length());
        if (!arn.equals(Containers.arn(new Scope(context.accountId(), context.region()), name))) {
            throw new AwsException(
                    MediaStoreError.CONTAINER_NOT_FOUND, "No container " + arn + " in this account and region");
        }
        return name;
    }

    static Map<String, String> toMap(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            for (Tag t : tags) {
                map.put(t.key(), t.value() == null ? "" : t.value());
            }
        }
        return map;
    }
}
