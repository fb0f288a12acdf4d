package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.mediaconnect.RequestShapes.AddOutputRequest;
import io.mediaplane.mediaconnect.RequestShapes.GrantEntitlementRequest;
import io.mediaplane.mediaconnect.ResourceShapes.Encryption;
import io.mediaplane.mediaconnect.ResourceShapes.Entitlement;
import io.mediaplane.mediaconnect.ResourceShapes.ListedEntitlement;
import io.mediaplane.mediaconnect.ResourceShapes.Output;
import io.mediaplane.mediaconnect.ResourceShapes.Source;
import io.mediaplane.protocol.Label;
import io.mediaplane.protocol.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/** Inputs and outputs of the operations on a flow's outputs, source and entitlements. */
public final class ChildOperationShapes {
    private ChildOperationShapes() {}

    public record AddFlowOutputsRequest(
            @Label("FlowArn") @NotNull String flowArn,
            @NotNull List<@Valid @NotNull AddOutputRequest> outputs) {}

    public record AddFlowOutputsResponse(String flowArn, List<Output> outputs) {}

    public record RemoveFlowOutputRequest(
            @Label("FlowArn") @NotNull String flowArn,
            @Label("OutputArn") @NotNull String outputArn) {}

    public record RemoveFlowOutputResponse(String flowArn, String outputArn) {}

    public record UpdateFlowOutputRequest(
            @Label("FlowArn") @NotNull String flowArn,
            @Label("OutputArn") @NotNull String outputArn,
            String description,
            String destination,
            @Valid Encryption encryption,
            @Min(0) Integer maxLatency,
            @Min(0) Integer minLatency,
            Integer port,
            @Pattern(regexp = RequestShapes.PROTOCOL) String protocol,
            @Min(0) Integer smoothingLatency,
            String streamId,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public UpdateFlowOutputRequest {
            other = Members.copy(other);
        }
    }

    public record UpdateFlowOutputResponse(String flowArn, Output output) {}

    public record UpdateFlowSourceRequest(
            @Label("FlowArn") @NotNull String flowArn,
            @Label("SourceArn") @NotNull String sourceArn,
            @Valid Encryption decryption,
            String description,
            String entitlementArn,
            Integer ingestPort,
            @Min(0) Integer maxBitrate,
            @Min(0) Integer maxLatency,
            @Min(0) Integer minLatency,
            @Pattern(regexp = RequestShapes.PROTOCOL) String protocol,
            String streamId,
            String whitelistCidr,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public UpdateFlowSourceRequest {
            other = Members.copy(other);
        }
    }

    public record UpdateFlowSourceResponse(String flowArn, Source source) {}

    public record GrantFlowEntitlementsRequest(
            @Label("FlowArn") @NotNull String flowArn,
            @NotNull List<@Valid @NotNull GrantEntitlementRequest> entitlements) {}

    public record GrantFlowEntitlementsResponse(List<Entitlement> entitlements, String flowArn) {}

    public record RevokeFlowEntitlementRequest(
            @Label("FlowArn") @NotNull String flowArn,
            @Label("EntitlementArn") @NotNull String entitlementArn) {}

    public record RevokeFlowEntitlementResponse(String entitlementArn, String flowArn) {}

    public record UpdateFlowEntitlementRequest(
            @Label("FlowArn") @NotNull String flowArn,
            @Label("EntitlementArn") @NotNull String entitlementArn,
            String description,
            @Valid Encryption encryption,

            @Pattern(regexp = RequestShapes.ENTITLEMENT_STATUS)
            String entitlementStatus,

            List<@NotNull String> subscribers,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public UpdateFlowEntitlementRequest {
            other = Members.copy(other);
        }
    }

    public record UpdateFlowEntitlementResponse(Entitlement entitlement, String flowArn) {}

    public record ListEntitlementsRequest(
            @Query("maxResults") @Min(1) @Max(1000) Integer maxResults,
            @Query("nextToken") String nextToken) {}

    public record ListEntitlementsResponse(List<ListedEntitlement> entitlements, String nextToken) {}

    public record TagResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn,
            @NotNull Map<String, String> tags) {}

    public record UntagResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn,
            @Query("tagKeys") @NotNull List<String> tagKeys) {}

    public record ListTagsForResourceRequest(
            @Label("ResourceArn") @NotNull String resourceArn) {}

    public record ListTagsForResourceResponse(Map<String, String> tags) {}

    /** Output of the tagging calls that answer nothing (204). */
    public record Empty() {}
}
