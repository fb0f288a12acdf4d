package io.mediaplane.mediaconnect;

import io.mediaplane.aws.Tags;
import io.mediaplane.mediaconnect.ChildOperationShapes.Empty;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListTagsForResourceRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListTagsForResourceResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.TagResourceRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UntagResourceRequest;
import io.mediaplane.protocol.RequestContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** TagResource, UntagResource and ListTagsForResource on flow ARNs. */
record TagOperations(Flows flows) {
    Empty tagResource(RequestContext context, TagResourceRequest in) {
        flows.change(
                context,
                in.resourceArn(),
                f -> f.withTags(Tags.merge(f.tags(), in.tags(), MediaConnectError::badRequest)));
        return new Empty();
    }

    Empty untagResource(RequestContext context, UntagResourceRequest in) {
        Tags.checkKeys(in.tagKeys(), MediaConnectError::badRequest);
        flows.change(context, in.resourceArn(), f -> {
            Map<String, String> tags = new LinkedHashMap<>(f.tags());
            in.tagKeys().forEach(tags::remove);
            return f.withTags(tags);
        });
        return new Empty();
    }

    ListTagsForResourceResponse listTagsForResource(RequestContext context, ListTagsForResourceRequest in) {
        return new ListTagsForResourceResponse(
                flows.require(context, in.resourceArn()).value().tags());
    }
}
