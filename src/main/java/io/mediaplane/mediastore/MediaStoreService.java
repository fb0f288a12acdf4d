package io.mediaplane.mediastore;

import static io.mediaplane.protocol.Operation.json;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.config.Quotas;
import io.mediaplane.mediastore.ContainerShapes.ContainerNameInput;
import io.mediaplane.mediastore.ContainerShapes.CreateContainerInput;
import io.mediaplane.mediastore.ContainerShapes.CreateContainerOutput;
import io.mediaplane.mediastore.ContainerShapes.DescribeContainerInput;
import io.mediaplane.mediastore.ContainerShapes.DescribeContainerOutput;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.mediastore.ContainerShapes.ListContainersInput;
import io.mediaplane.mediastore.ContainerShapes.ListContainersOutput;
import io.mediaplane.mediastore.PolicyShapes.GetContainerPolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.GetCorsPolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.GetLifecyclePolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.GetMetricPolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.PutContainerPolicyInput;
import io.mediaplane.mediastore.PolicyShapes.PutCorsPolicyInput;
import io.mediaplane.mediastore.PolicyShapes.PutLifecyclePolicyInput;
import io.mediaplane.mediastore.PolicyShapes.PutMetricPolicyInput;
import io.mediaplane.mediastore.TagShapes.ListTagsForResourceInput;
import io.mediaplane.mediastore.TagShapes.ListTagsForResourceOutput;
import io.mediaplane.mediastore.TagShapes.TagResourceInput;
import io.mediaplane.mediastore.TagShapes.UntagResourceInput;
import io.mediaplane.protocol.JsonMappers;
import io.mediaplane.protocol.Protocol;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.protocol.TimestampFormat;
import java.util.List;

/** AWS Elemental MediaStore (awsJson1.1, {@code MediaStore_20170901}): every operation, declared once. */
public final class MediaStoreService {
    private MediaStoreService() {}

    public static ServiceSpec spec(Containers containers, PageTokens tokens, Quotas quotas) {
        var c = new ContainerOperations(containers, tokens, quotas);
        var p = new PolicyOperations(containers);
        var cors = new CorsPolicyOperations(containers);
        var m = new MetricPolicyOperations(containers);
        var log = new AccessLoggingOperations(containers);
        var t = new TagOperations(containers);
        Class<ContainerNameInput> named = ContainerNameInput.class;
        Class<EmptyOutput> empty = EmptyOutput.class;
        return new ServiceSpec(
                "mediastore",
                Protocol.AWS_JSON_1_1,
                "mediastore",
                "MediaStore_20170901",
                "Message",
                MediaStoreError.VALIDATION,
                MediaStoreError.SERIALIZATION,
                MediaStoreError.INTERNAL_SERVER_ERROR,
                JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS),
                false,
                List.of(
                        json(
                                "CreateContainer",
                                CreateContainerInput.class,
                                CreateContainerOutput.class,
                                c::createContainer),
                        json("DeleteContainer", named, empty, c::deleteContainer),
                        json(
                                "DescribeContainer",
                                DescribeContainerInput.class,
                                DescribeContainerOutput.class,
                                c::describeContainer),
                        json(
                                "ListContainers",
                                ListContainersInput.class,
                                ListContainersOutput.class,
                                c::listContainers),
                        json("PutContainerPolicy", PutContainerPolicyInput.class, empty, p::putContainerPolicy),
                        json("GetContainerPolicy", named, GetContainerPolicyOutput.class, p::getContainerPolicy),
                        json("DeleteContainerPolicy", named, empty, p::deleteContainerPolicy),
                        json("PutCorsPolicy", PutCorsPolicyInput.class, empty, cors::putCorsPolicy),
                        json("GetCorsPolicy", named, GetCorsPolicyOutput.class, cors::getCorsPolicy),
                        json("DeleteCorsPolicy", named, empty, cors::deleteCorsPolicy),
                        json("PutLifecyclePolicy", PutLifecyclePolicyInput.class, empty, p::putLifecyclePolicy),
                        json("GetLifecyclePolicy", named, GetLifecyclePolicyOutput.class, p::getLifecyclePolicy),
                        json("DeleteLifecyclePolicy", named, empty, p::deleteLifecyclePolicy),
                        json("PutMetricPolicy", PutMetricPolicyInput.class, empty, m::putMetricPolicy),
                        json("GetMetricPolicy", named, GetMetricPolicyOutput.class, m::getMetricPolicy),
                        json("DeleteMetricPolicy", named, empty, m::deleteMetricPolicy),
                        json("StartAccessLogging", named, empty, log::startAccessLogging),
                        json("StopAccessLogging", named, empty, log::stopAccessLogging),
                        json("TagResource", TagResourceInput.class, empty, t::tagResource),
                        json("UntagResource", UntagResourceInput.class, empty, t::untagResource),
                        json(
                                "ListTagsForResource",
                                ListTagsForResourceInput.class,
                                ListTagsForResourceOutput.class,
                                t::listTagsForResource)));
    }
}
