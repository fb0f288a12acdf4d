package io.mediaplane.mediastore;

import io.mediaplane.aws.Echo;
import io.mediaplane.mediastore.ContainerShapes.ContainerNameInput;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.mediastore.PolicyShapes.CorsRule;
import io.mediaplane.mediastore.PolicyShapes.GetCorsPolicyOutput;
import io.mediaplane.mediastore.PolicyShapes.PutCorsPolicyInput;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.InputValidator;
import io.mediaplane.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;

/** PutCorsPolicy, GetCorsPolicy and DeleteCorsPolicy. */
final class CorsPolicyOperations {
    private final Containers containers;

    CorsPolicyOperations(Containers containers) {
        this.containers = containers;
    }

    EmptyOutput putCorsPolicy(RequestContext context, PutCorsPolicyInput input) {
        checkRules(input.corsPolicy());
        containers.updateActive(context, input.containerName(), c -> c.withCorsPolicy(input.corsPolicy()));
        return new EmptyOutput();
    }

    GetCorsPolicyOutput getCorsPolicy(RequestContext context, ContainerNameInput input) {
        ContainerRecord c = containers.requireReadable(context, input.containerName());
        if (c.corsPolicy() == null) {
            throw noCorsPolicy(input.containerName());
        }
        return new GetCorsPolicyOutput(c.corsPolicy());
    }

    EmptyOutput deleteCorsPolicy(RequestContext context, ContainerNameInput input) {
        containers.updateActive(context, input.containerName(), c -> {
            if (c.corsPolicy() == null) {
                throw noCorsPolicy(input.containerName());
            }
            return c.withCorsPolicy(null);
        });
        return new EmptyOutput();
    }

    /**
     * AWS allows at most one '*' in each allowed origin and each allowed header; and since origins
     * and headers end up in Access-Control-* response headers, none may hold a control character
     * (CR and LF would split the response) or anything beyond Latin-1, the model's pattern.
     */
    private static void checkRules(List<CorsRule> rules) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            CorsRule rule = rules.get(i);
            check(rule.allowedOrigins(), "corsPolicy[" + i + "].allowedOrigins", true, problems);
            check(rule.allowedHeaders(), "corsPolicy[" + i + "].allowedHeaders", true, problems);
            if (rule.exposeHeaders() != null) {
                check(rule.exposeHeaders(), "corsPolicy[" + i + "].exposeHeaders", false, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new AwsException(MediaStoreError.VALIDATION, InputValidator.describe(problems));
        }
    }

    private static void check(List<String> values, String path, boolean oneWildcard, List<String> problems) {
        for (int j = 0; j < values.size(); j++) {
            String v = values.get(j);
            String at = "Value " + Echo.quote(v) + " at '" + path + "[" + j + "]' failed to satisfy constraint: ";
            if (!headerSafe(v)) {
                problems.add(at + "Member must not contain control characters or characters beyond U+00FF");
            } else if (oneWildcard && v.indexOf('*') != v.lastIndexOf('*')) {
                problems.add(at + "Member may contain only one wildcard character (*)");
            }
        }
    }

    private static boolean headerSafe(String v) {
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c < 0x20 || c == 0x7f || c > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static AwsException noCorsPolicy(String container) {
        return new AwsException(
                MediaStoreError.CORS_POLICY_NOT_FOUND, "Container " + container + " has no CORS policy");
    }
}
