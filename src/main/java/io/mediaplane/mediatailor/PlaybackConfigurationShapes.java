package io.mediaplane.mediatailor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.mediatailor.ConfigurationShapes.AvailSuppression;
import io.mediaplane.mediatailor.ConfigurationShapes.Bumper;
import io.mediaplane.mediatailor.ConfigurationShapes.CdnConfiguration;
import io.mediaplane.mediatailor.ConfigurationShapes.DashConfiguration;
import io.mediaplane.mediatailor.ConfigurationShapes.DashConfigurationForPut;
import io.mediaplane.mediatailor.ConfigurationShapes.HlsConfiguration;
import io.mediaplane.mediatailor.ConfigurationShapes.LivePreRollConfiguration;
import io.mediaplane.mediatailor.ConfigurationShapes.ManifestProcessingRules;
import io.mediaplane.protocol.Label;
import io.mediaplane.protocol.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Inputs and outputs of the playback-configuration operations (model names). */
public final class PlaybackConfigurationShapes {
    /** A name that stays one path segment in the playback URLs: letters, digits, '_', '-', '.' (not first). */
    static final String NAME = "[\\w-][\\w.-]*";

    private PlaybackConfigurationShapes() {}

    /**
     * PutPlaybackConfiguration's input, which is also the stored document: members of today's
     * model beyond these (ad conditioning, ADS configuration, function mapping, personalization
     * timeouts and concurrency, ...) are kept in {@code other} and echoed.
     */
    public record PutPlaybackConfigurationRequest(
            @Size(max = 25000) String adDecisionServerUrl,
            @Valid AvailSuppression availSuppression,
            @Valid Bumper bumper,
            @Valid CdnConfiguration cdnConfiguration,
            Map<String, Map<String, String>> configurationAliases,
            @Valid DashConfigurationForPut dashConfiguration,
            @Pattern(regexp = "STITCHED_ONLY|PLAYER_SELECT") String insertionMode,
            @Valid LivePreRollConfiguration livePreRollConfiguration,
            @Valid ManifestProcessingRules manifestProcessingRules,

            @NotNull @Size(min = 1, max = 512) @Pattern(regexp = NAME)
            String name,

            @Min(1) Integer personalizationThresholdSeconds,
            @Size(max = 25000) String slateAdUrl,
            @JsonProperty("tags") Map<String, String> tags,
            String transcodeProfileName,
            @Size(max = 512) String videoContentSourceUrl,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public PutPlaybackConfigurationRequest {
            other = Unmodeled.copy(other);
        }

        PutPlaybackConfigurationRequest withTags(Map<String, String> replaced) {
            return new PutPlaybackConfigurationRequest(
                    adDecisionServerUrl,
                    availSuppression,
                    bumper,
                    cdnConfiguration,
                    configurationAliases,
                    dashConfiguration,
                    insertionMode,
                    livePreRollConfiguration,
                    manifestProcessingRules,
                    name,
                    personalizationThresholdSeconds,
                    slateAdUrl,
                    replaced,
                    transcodeProfileName,
                    videoContentSourceUrl,
                    other);
        }
    }

    /** A playback configuration as Put, Get and List answer it: what was put, plus the computed members. */
    public record PlaybackConfiguration(
            String adDecisionServerUrl,
            AvailSuppression availSuppression,
            Bumper bumper,
            CdnConfiguration cdnConfiguration,
            Map<String, Map<String, String>> configurationAliases,
            DashConfiguration dashConfiguration,
            HlsConfiguration hlsConfiguration,
            String insertionMode,
            LivePreRollConfiguration livePreRollConfiguration,
            ManifestProcessingRules manifestProcessingRules,
            String name,
            Integer personalizationThresholdSeconds,
            String playbackConfigurationArn,
            String playbackEndpointPrefix,
            String dualStackPlaybackEndpointPrefix,
            String sessionInitializationEndpointPrefix,
            String dualStackSessionInitializationEndpointPrefix,
            String slateAdUrl,
            @JsonProperty("tags") Map<String, String> tags,
            String transcodeProfileName,
            String videoContentSourceUrl,
            @JsonAnyGetter Map<String, JsonNode> other) {}

    /** Input of GetPlaybackConfiguration and DeletePlaybackConfiguration. */
    public record PlaybackConfigurationName(
            @Label("Name") @NotNull String name) {}

    public record ListPlaybackConfigurationsRequest(
            @Query("MaxResults") @Min(1) @Max(100) Integer maxResults,
            @Query("NextToken") String nextToken) {}

    public record ListPlaybackConfigurationsResponse(List<PlaybackConfiguration> items, String nextToken) {}

    public record TagResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn,
            @JsonProperty("tags") @NotNull Map<String, String> tags) {}

    public record UntagResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn,
            @Query("tagKeys") @NotNull List<String> tagKeys) {}

    public record ResourceArnRequest(
            @Label("ResourceArn") @NotNull String resourceArn) {}

    public record ListTagsForResourceResponse(
            @JsonProperty("tags") Map<String, String> tags) {}

    /** Output of the operations that answer nothing. */
    public record Empty() {}
}
