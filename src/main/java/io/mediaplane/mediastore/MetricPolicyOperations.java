package io.mediaplane.mediastore;

import io.mediaplane.mediastore.ContainerShapes.ContainerNameInput;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.mediastore.PolicyShapes.GetMetricPolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.MetricPolicyRule;
import io.mediaplane.mediastore.PolicyShapes.PutMetricPolicyInput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import java.util.HashSet;
import java.util.Set;

/** PutMetricPolicy, GetMetricPolicy and DeleteMetricPolicy. */
final class MetricPolicyOperations {
    private final Containers containers;

    MetricPolicyOperations(Containers containers) {
        this.containers = containers;
    }

    EmptyOutput putMetricPolicy(RequestContext context, PutMetricPolicyInput input) {
        if (input.metricPolicy().metricPolicyRules() != null) {
            Set<String> names = new HashSet<>();
            for (MetricPolicyRule rule : input.metricPolicy().metricPolicyRules()) {
                if (!names.add(rule.objectGroupName())) {
                    throw new AwsException(
                            MediaStoreError.VALIDATION,
                            "ObjectGroupName " + rule.objectGroupName()
                                    + " is used by more than one rule; each object group needs its own name");
                }
            }
        }
        containers.updateActive(context, input.containerName(), c -> c.withMetricPolicy(input.metricPolicy()));
        return new EmptyOutput();
    }

    GetMetricPolicyOutput getMetricPolicy(RequestContext context, ContainerNameInput input) {
        ContainerRecord c = containers.requireReadable(context, input.containerName());
        if (c.metricPolicy() == null) {
            throw PolicyOperations.noPolicy("metric policy", input.containerName());
        }
        return new GetMetricPolicyOutput(c.metricPolicy());
    }

    EmptyOutput deleteMetricPolicy(RequestContext context, ContainerNameInput input) {
        containers.updateActive(context, input.containerName(), c -> {
            if (c.metricPolicy() == null) {
                throw PolicyOperations.noPolicy("metric policy", input.containerName());
            }
            return c.withMetricPolicy(null);
        });
        return new EmptyOutput();
    }
}
