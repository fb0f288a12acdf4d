package io.mediaplane.mediatailor;

import static io.mediaplane.protocol.Operation.rest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.Empty;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ListPlaybackConfigurationsRequest;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ListPlaybackConfigurationsResponse;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ListTagsForResourceResponse;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PlaybackConfiguration;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PlaybackConfigurationName;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PutPlaybackConfigurationRequest;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ResourceArnRequest;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.TagResourceRequest;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.UntagResourceRequest;
import io.mediaplane.protocol.JsonMappers;
import io.mediaplane.protocol.Protocol;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.protocol.TimestampFormat;
import java.util.List;

/**
 * AWS Elemental MediaTailor (restJson1, PascalCase members with lower-case {@code tags}, epoch-second
 * timestamps, error member {@code Message}, signing name {@code mediatailor}): the
 * playback-configuration operations and tagging, declared once.
 */
final class MediaTailorService {
    private MediaTailorService() {}

    static ServiceSpec spec(PlaybackConfigurations configurations, PageTokens tokens) {
        var p = new PlaybackConfigurationOperations(configurations, tokens);
        var t = new TagOperations(configurations);
        Class<PlaybackConfigurationName> named = PlaybackConfigurationName.class;
        return new ServiceSpec(
                "mediatailor",
                Protocol.REST_JSON_1,
                "mediatailor",
                null,
                "Message",
                MediaTailorError.BAD_REQUEST,
                MediaTailorError.BAD_REQUEST,
                MediaTailorError.INTERNAL_SERVER_ERROR,
                JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS),
                false,
                List.of(
                        rest(
                                "PUT",
                                "/playbackConfiguration",
                                200,
                                "PutPlaybackConfiguration",
                                PutPlaybackConfigurationRequest.class,
                                PlaybackConfiguration.class,
                                p::putPlaybackConfiguration),
                        rest(
                                "GET",
                                "/playbackConfiguration/{Name}",
                                200,
                                "GetPlaybackConfiguration",
                                named,
                                PlaybackConfiguration.class,
                                p::getPlaybackConfiguration),
                        rest(
                                "DELETE",
                                "/playbackConfiguration/{Name}",
                                204,
                                "DeletePlaybackConfiguration",
                                named,
                                Empty.class,
                                p::deletePlaybackConfiguration),
                        rest(
                                "GET",
                                "/playbackConfigurations",
                                200,
                                "ListPlaybackConfigurations",
                                ListPlaybackConfigurationsRequest.class,
                                ListPlaybackConfigurationsResponse.class,
                                p::listPlaybackConfigurations),
                        rest(
                                "POST",
                                "/tags/{ResourceArn}",
                                204,
                                "TagResource",
                                TagResourceRequest.class,
                                Empty.class,
                                t::tagResource),
                        rest(
                                "DELETE",
                                "/tags/{ResourceArn}",
                                204,
                                "UntagResource",
                                UntagResourceRequest.class,
                                Empty.class,
                                t::untagResource),
                        rest(
                                "GET",
                                "/tags/{ResourceArn}",
                                200,
                                "ListTagsForResource",
                                ResourceArnRequest.class,
                                ListTagsForResourceResponse.class,
                                t::listTagsForResource)));
    }
}
