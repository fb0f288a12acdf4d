package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.mediaconnect.ResourceShapes.Encryption;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** The model's request structures for a source, an output and an entitlement (CreateFlow and the Add/Grant calls). */
public final class RequestShapes {
    /** Every value of the model's Protocol enum (lower case on the wire). */
    static final String PROTOCOL = "zixi-push|rtp-fec|rtp|zixi-pull|rist|st2110-jpegxs|cdi|srt-listener|srt-caller"
            + "|fujitsu-qos|udp|ndi-speed-hq";

    static final String ENTITLEMENT_STATUS = "ENABLED|DISABLED";

    private RequestShapes() {}

    public record SetSourceRequest(
            @Valid Encryption decryption,
            String description,
            String entitlementArn,
            Integer ingestPort,
            @Min(0) Integer maxBitrate,
            @Min(0) Integer maxLatency,
            @Min(0) Integer minLatency,
            String name,
            @Pattern(regexp = PROTOCOL) String protocol,
            String streamId,
            String whitelistCidr,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public SetSourceRequest {
            other = Members.copy(other);
        }
    }

    public record AddOutputRequest(
            String description,
            String destination,
            @Valid Encryption encryption,
            @Min(0) Integer maxLatency,
            @Min(0) Integer minLatency,
            String name,
            Integer port,
            @NotNull @Pattern(regexp = PROTOCOL) String protocol,
            @Min(0) Integer smoothingLatency,
            String streamId,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public AddOutputRequest {
            other = Members.copy(other);
        }
    }

    public record GrantEntitlementRequest(
            @Min(0) @Max(100) Integer dataTransferSubscriberFeePercent,
            String description,
            @Valid Encryption encryption,
            @Pattern(regexp = ENTITLEMENT_STATUS) String entitlementStatus,
            String name,
            @NotNull List<@NotNull String> subscribers,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public GrantEntitlementRequest {
            other = Members.copy(other);
        }
    }
}
