package io.mediaplane.mediatailor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The parts of a playback configuration, PascalCase on the wire by the service's mapper. Those
 * today's model extends keep the members this server does not model in {@code other}, so they
 * are stored and echoed as sent.
 */
public final class ConfigurationShapes {
    private ConfigurationShapes() {}

    public record AvailSuppression(
            @Pattern(regexp = "OFF|BEHIND_LIVE_EDGE|AFTER_LIVE_EDGE")
            String mode,

            @Pattern(regexp = "\\d{2}:[0-5]\\d:[0-5]\\d", message = "must be a time in HH:MM:SS")
            String value,

            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public AvailSuppression {
            other = Unmodeled.copy(other);
        }
    }

    public record Bumper(
            @Size(max = 25000) String endUrl,
            @Size(max = 25000) String startUrl) {}

    public record CdnConfiguration(String adSegmentUrlPrefix, String contentSegmentUrlPrefix) {}

    public record DashConfigurationForPut(
            @Pattern(regexp = "DISABLED|EMT_DEFAULT") String mpdLocation,
            @Pattern(regexp = "SINGLE_PERIOD|MULTI_PERIOD") String originManifestType) {}

    public record DashConfiguration(String manifestEndpointPrefix, String mpdLocation, String originManifestType) {}

    public record HlsConfiguration(String manifestEndpointPrefix) {}

    public record LivePreRollConfiguration(
            @Size(max = 25000) String adDecisionServerUrl,
            @Min(1) Integer maxDurationSeconds) {}

    public record AdMarkerPassthrough(Boolean enabled) {}

    public record ManifestProcessingRules(
            @Valid AdMarkerPassthrough adMarkerPassthrough,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public ManifestProcessingRules {
            other = Unmodeled.copy(other);
        }
    }
}
