package io.mediaplane.mediastore;

import io.mediaplane.auth.policy.PolicyDocument;
import io.mediaplane.auth.policy.PolicyException;
import io.mediaplane.mediastore.ContainerShapes.ContainerNameInput;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.mediastore.PolicyShapes.GetContainerPolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.GetLifecyclePolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.PutContainerPolicyInput;
import io.mediaplane.mediastore.PolicyShapes.PutLifecyclePolicyInput;
import io.mediaplane.mediastore.policy.LifecyclePolicy;
import io.mediaplane.mediastore.policy.LifecyclePolicyException;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;

/**
 * The two policies MediaStore keeps as JSON documents: the container (IAM) policy and the
 * object lifecycle policy. Both are parsed and validated on the way in and returned verbatim.
 */
final class PolicyOperations {
    private final Containers containers;

    PolicyOperations(Containers containers) {
        this.containers = containers;
    }

    EmptyOutput putContainerPolicy(RequestContext context, PutContainerPolicyInput input) {
        try {
            PolicyDocument.parse(input.policy());
        } catch (PolicyException e) {
            throw new AwsException(MediaStoreError.VALIDATION, "The container policy is not valid: " + e.getMessage());
        }
        containers.updateActive(context, input.containerName(), c -> c.withPolicy(input.policy()));
        return new EmptyOutput();
    }

    GetContainerPolicyOutput getContainerPolicy(RequestContext context, ContainerNameInput input) {
        ContainerRecord c = containers.requireReadable(context, input.containerName());
        if (c.policy() == null) {
            throw noPolicy("container policy", input.containerName());
        }
        return new GetContainerPolicyOutput(c.policy());
    }

    EmptyOutput deleteContainerPolicy(RequestContext context, ContainerNameInput input) {
        containers.updateActive(context, input.containerName(), c -> {
            if (c.policy() == null) {
                throw noPolicy("container policy", input.containerName());
            }
            return c.withPolicy(null);
        });
        return new EmptyOutput();
    }

    EmptyOutput putLifecyclePolicy(RequestContext context, PutLifecyclePolicyInput input) {
        try {
            LifecyclePolicy.parse(input.lifecyclePolicy());
        } catch (LifecyclePolicyException e) {
            throw new AwsException(MediaStoreError.VALIDATION, "The lifecycle policy is not valid: " + e.getMessage());
        }
        containers.updateActive(
                context,
                input.containerName(),
                c -> c.withLifecyclePolicy(
                        input.lifecyclePolicy(), context.received().toEpochMilli()));
        return new EmptyOutput();
    }

    GetLifecyclePolicyOutput getLifecyclePolicy(RequestContext context, ContainerNameInput input) {
        ContainerRecord c = containers.requireReadable(context, input.containerName());
        if (c.lifecyclePolicy() == null) {
            throw noPolicy("lifecycle policy", input.containerName());
        }
        return new GetLifecyclePolicyOutput(c.lifecyclePolicy());
    }

    EmptyOutput deleteLifecyclePolicy(RequestContext context, ContainerNameInput input) {
        containers.updateActive(context, input.containerName(), c -> {
            if (c.lifecyclePolicy() == null) {
                throw noPolicy("lifecycle policy", input.containerName());
            }
            return c.withLifecyclePolicy(null, null);
        });
        return new EmptyOutput();
    }

    /**
     * The policy AWS attaches to every new container (MediaStore User Guide, "Example container
     * policy: Default"): every MediaStore action for the owner account, over HTTPS. The owner's own
     * requests pass whatever the policy allows unless it denies them, so plain HTTP keeps working.
     */
    static String defaultPolicy(Scope scope, String name) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"MediaStoreFullAccess\","
                + "\"Action\":[\"mediastore:*\"],\"Principal\":{\"AWS\":\"arn:aws:iam::" + scope.accountId()
                + ":root\"},\"Effect\":\"Allow\",\"Resource\":\"" + Containers.arn(scope, name) + "/*\","
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}]}";
    }

    static AwsException noPolicy(String what, String container) {
        return new AwsException(MediaStoreError.POLICY_NOT_FOUND, "Container " + container + " has no " + what);
    }
}
