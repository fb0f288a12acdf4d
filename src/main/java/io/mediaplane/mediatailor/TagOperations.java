package io.mediaplane.mediatailor;

import io.mediaplane.aws.Tags;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.Empty;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ListTagsForResourceResponse;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ResourceArnRequest;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.TagResourceRequest;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.UntagResourceRequest;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TagResource, UntagResource and ListTagsForResource. A malformed ARN is BadRequestException; an
 * ARN of another account or region, or of a resource that does not exist, NotFoundException (the
 * channel-assembly resources will be found here once they exist).
 */
record TagOperations(PlaybackConfigurations configurations) {
    Empty tagResource(RequestContext context, TagResourceRequest in) {
        String name = playbackConfiguration(context, in.resourceArn());
        configurations.change(
                PlaybackConfigurations.scope(context),
                name,
                c -> c.withTags(Tags.merge(c.tags(), in.tags(), MediaTailorError::badRequest)));
        return new Empty();
    }

    Empty untagResource(RequestContext context, UntagResourceRequest in) {
        String name = playbackConfiguration(context, in.resourceArn());
        Tags.checkKeys(in.tagKeys(), MediaTailorError::badRequest);
        configurations.change(PlaybackConfigurations.scope(context), name, c -> {
            Map<String, String> tags = new LinkedHashMap<>(c.tags() == null ? Map.of() : c.tags());
            in.tagKeys().forEach(tags::remove);
            return c.withTags(tags);
        });
        return new Empty();
    }

    ListTagsForResourceResponse listTagsForResource(RequestContext context, ResourceArnRequest in) {
        String name = playbackConfiguration(context, in.resourceArn());
        Map<String, String> tags = configurations
                .require(PlaybackConfigurations.scope(context), name)
                .value()
                .tags();
        return new ListTagsForResourceResponse(tags == null ? Map.of() : tags);
    }

    /** The name of the caller's playback configuration the ARN names. */
    private static String playbackConfiguration(RequestContext context, String arn) {
        Arns.Parsed parsed = Arns.parse(arn);
        Scope scope = PlaybackConfigurations.scope(context);
        if (!parsed.scope().equals(scope) || !parsed.type().equals(Arns.PLAYBACK_CONFIGURATION)) {
            throw new AwsException(MediaTailorError.NOT_FOUND, "Resource " + arn + " not found");
        }
        return parsed.name();
    }
}
