package io.mediaplane.mediaconnect;

import static io.mediaplane.protocol.Operation.rest;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.config.Quotas;
import io.mediaplane.mediaconnect.ChildOperationShapes.AddFlowOutputsRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.AddFlowOutputsResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.Empty;
import io.mediaplane.mediaconnect.ChildOperationShapes.GrantFlowEntitlementsRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.GrantFlowEntitlementsResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListEntitlementsRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListEntitlementsResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListTagsForResourceRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.ListTagsForResourceResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.RemoveFlowOutputRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.RemoveFlowOutputResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.RevokeFlowEntitlementRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.RevokeFlowEntitlementResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.TagResourceRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UntagResourceRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowEntitlementRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowEntitlementResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowOutputRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowOutputResponse;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowSourceRequest;
import io.mediaplane.mediaconnect.ChildOperationShapes.UpdateFlowSourceResponse;
import io.mediaplane.mediaconnect.FlowOperationShapes.CreateFlowRequest;
import io.mediaplane.mediaconnect.FlowOperationShapes.CreateFlowResponse;
import io.mediaplane.mediaconnect.FlowOperationShapes.DescribeFlowResponse;
import io.mediaplane.mediaconnect.FlowOperationShapes.FlowArnRequest;
import io.mediaplane.mediaconnect.FlowOperationShapes.FlowStatusResponse;
import io.mediaplane.mediaconnect.FlowOperationShapes.ListFlowsRequest;
import io.mediaplane.mediaconnect.FlowOperationShapes.ListFlowsResponse;
import io.mediaplane.protocol.JsonMappers;
import io.mediaplane.protocol.Protocol;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.protocol.TimestampFormat;
import java.util.List;

/** AWS Elemental MediaConnect (restJson1, lowerCamel, ISO-8601): the 17 flow operations of the seed, declared once. */
public final class MediaConnectService {
    private MediaConnectService() {}

    static ServiceSpec spec(Flows flows, FlowRunner runner, Quotas quotas, PageTokens tokens) {
        var quota = new FlowQuota(flows, quotas);
        var links = new EntitlementLinks(flows, runner);
        var f = new FlowOperations(flows, links, quota, tokens);
        var state = new FlowStateOperations(flows, runner, links);
        var o = new OutputOperations(flows, runner, quota);
        var s = new SourceOperations(flows, runner);
        var e = new EntitlementOperations(flows, runner, links, quota, tokens);
        var t = new TagOperations(flows);
        Class<FlowArnRequest> named = FlowArnRequest.class;
        Class<FlowStatusResponse> status = FlowStatusResponse.class;
        return new ServiceSpec(
                "mediaconnect",
                Protocol.REST_JSON_1,
                "mediaconnect",
                null,
                "message",
                MediaConnectError.BAD_REQUEST,
                MediaConnectError.BAD_REQUEST,
                MediaConnectError.INTERNAL_SERVER_ERROR,
                JsonMappers.wire(null, TimestampFormat.ISO_8601),
                false,
                List.of(
                        rest(
                                "POST",
                                "/v1/flows",
                                201,
                                "CreateFlow",
                                CreateFlowRequest.class,
                                CreateFlowResponse.class,
                                f::createFlow),
                        rest(
                                "GET",
                                "/v1/flows/{FlowArn}",
                                200,
                                "DescribeFlow",
                                named,
                                DescribeFlowResponse.class,
                                f::describeFlow),
                        rest(
                                "GET",
                                "/v1/flows",
                                200,
                                "ListFlows",
                                ListFlowsRequest.class,
                                ListFlowsResponse.class,
                                f::listFlows),
                        rest("DELETE", "/v1/flows/{FlowArn}", 202, "DeleteFlow", named, status, f::deleteFlow),
                        rest("POST", "/v1/flows/start/{FlowArn}", 202, "StartFlow", named, status, state::startFlow),
                        rest("POST", "/v1/flows/stop/{FlowArn}", 202, "StopFlow", named, status, state::stopFlow),
                        rest(
                                "POST",
                                "/v1/flows/{FlowArn}/outputs",
                                201,
                                "AddFlowOutputs",
                                AddFlowOutputsRequest.class,
                                AddFlowOutputsResponse.class,
                                o::addFlowOutputs),
                        rest(
                                "DELETE",
                                "/v1/flows/{FlowArn}/outputs/{OutputArn}",
                                202,
                                "RemoveFlowOutput",
                                RemoveFlowOutputRequest.class,
                                RemoveFlowOutputResponse.class,
                                o::removeFlowOutput),
                        rest(
                                "PUT",
                                "/v1/flows/{FlowArn}/outputs/{OutputArn}",
                                202,
                                "UpdateFlowOutput",
                                UpdateFlowOutputRequest.class,
                                UpdateFlowOutputResponse.class,
                                o::updateFlowOutput),
                        rest(
                                "PUT",
                                "/v1/flows/{FlowArn}/source/{SourceArn}",
                                202,
                                "UpdateFlowSource",
                                UpdateFlowSourceRequest.class,
                                UpdateFlowSourceResponse.class,
                                s::updateFlowSource),
                        rest(
                                "POST",
                                "/v1/flows/{FlowArn}/entitlements",
                                200,
                                "GrantFlowEntitlements",
                                GrantFlowEntitlementsRequest.class,
                                GrantFlowEntitlementsResponse.class,
                                e::grantFlowEntitlements),
                        rest(
                                "DELETE",
                                "/v1/flows/{FlowArn}/entitlements/{EntitlementArn}",
                                202,
                                "RevokeFlowEntitlement",
                                RevokeFlowEntitlementRequest.class,
                                RevokeFlowEntitlementResponse.class,
                                e::revokeFlowEntitlement),
                        rest(
                                "PUT",
                                "/v1/flows/{FlowArn}/entitlements/{EntitlementArn}",
                                202,
                                "UpdateFlowEntitlement",
                                UpdateFlowEntitlementRequest.class,
                                UpdateFlowEntitlementResponse.class,
                                e::updateFlowEntitlement),
                        rest(
                                "GET",
                                "/v1/entitlements",
                                200,
                                "ListEntitlements",
                                ListEntitlementsRequest.class,
                                ListEntitlementsResponse.class,
                                e::listEntitlements),
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
                                ListTagsForResourceRequest.class,
                                ListTagsForResourceResponse.class,
                                t::listTagsForResource)));
    }
}
