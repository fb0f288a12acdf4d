package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.mediaconnect.RequestShapes.AddOutputRequest;
import io.mediaplane.mediaconnect.RequestShapes.GrantEntitlementRequest;
import io.mediaplane.mediaconnect.RequestShapes.SetSourceRequest;
import io.mediaplane.mediaconnect.ResourceShapes.Flow;
import io.mediaplane.mediaconnect.ResourceShapes.ListedFlow;
import io.mediaplane.mediaconnect.ResourceShapes.Messages;
import io.mediaplane.protocol.Label;
import io.mediaplane.protocol.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** Inputs and outputs of CreateFlow, DescribeFlow, ListFlows, DeleteFlow, StartFlow and StopFlow. */
public final class FlowOperationShapes {
    private FlowOperationShapes() {}

    public record CreateFlowRequest(
            String availabilityZone,
            List<@Valid @NotNull GrantEntitlementRequest> entitlements,
            @NotNull String name,
            List<@Valid @NotNull AddOutputRequest> outputs,
            @Valid SetSourceRequest source,
            List<@Valid @NotNull SetSourceRequest> sources,
            Map<String, String> flowTags,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> other) {
        public CreateFlowRequest {
            other = Members.copy(other);
        }
    }

    public record CreateFlowResponse(Flow flow) {}

    /** Input of every operation that names only a flow. */
    public record FlowArnRequest(@Label("FlowArn") @NotNull String flowArn) {}

    public record DescribeFlowResponse(Flow flow, Messages messages) {}

    public record ListFlowsRequest(
            @Query("maxResults") @Min(1) @Max(1000) Integer maxResults,
            @Query("nextToken") String nextToken) {}

    public record ListFlowsResponse(List<ListedFlow> flows, String nextToken) {}

    /** Output of DeleteFlow, StartFlow and StopFlow. */
    public record FlowStatusResponse(String flowArn, String status) {}
}
