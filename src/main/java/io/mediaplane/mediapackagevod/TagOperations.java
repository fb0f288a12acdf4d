package io.mediaplane.mediapackagevod;

import io.mediaplane.aws.Tags;
import io.mediaplane.mediapackagevod.OperationShapes.Empty;
import io.mediaplane.mediapackagevod.OperationShapes.ListTagsForResourceRequest;
import io.mediaplane.mediapackagevod.OperationShapes.ListTagsForResourceResponse;
import io.mediaplane.mediapackagevod.OperationShapes.TagResourceRequest;
import io.mediaplane.mediapackagevod.OperationShapes.UntagResourceRequest;
import io.mediaplane.protocol.RequestContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** TagResource, UntagResource and ListTagsForResource on the ARN of a group, configuration or asset. */
record TagOperations(VodStore store) {
    Empty tagResource(RequestContext context, TagResourceRequest in) {
        retag(context, in.resourceArn(), tags -> Tags.merge(tags, in.tags(), VodError::unprocessable));
        return new Empty();
    }

    Empty untagResource(RequestContext context, UntagResourceRequest in) {
        Tags.checkKeys(in.tagKeys(), VodError::unprocessable);
        retag(context, in.resourceArn(), tags -> {
            Map<String, String> left = new LinkedHashMap<>(tags);
            in.tagKeys().forEach(left::remove);
            return left;
        });
        return new Empty();
    }

    ListTagsForResourceResponse listTagsForResource(RequestContext context, ListTagsForResourceRequest in) {
        VodArns.Parsed p = located(context, in.resourceArn());
        return new ListTagsForResourceResponse(store.tags(p.scope(), p.kind(), p.id()));
    }

    private void retag(RequestContext context, String arn, UnaryOperator<Map<String, String>> change) {
        VodArns.Parsed p = located(context, arn);
        switch (p.kind()) {
            case GROUP ->
                store.<GroupRecord>change(p.scope(), p.kind(), p.id(), g -> g.withTags(change.apply(g.tags())));
            case CONFIGURATION ->
                store.<ConfigurationRecord>change(p.scope(), p.kind(), p.id(), c -> c.withTags(change.apply(c.tags())));
            case ASSET ->
                store.<AssetRecord>change(p.scope(), p.kind(), p.id(), a -> a.withTags(change.apply(a.tags())));
        }
    }

    /** The resource an ARN names, which must be in the caller's account and region (else not found). */
    private static VodArns.Parsed located(RequestContext context, String arn) {
        VodArns.Parsed p = VodArns.parse(arn);
        if (!p.scope().equals(VodStore.scope(context))) {
            throw VodError.notFound(p.kind().title, p.id());
        }
        return p;
    }
}
