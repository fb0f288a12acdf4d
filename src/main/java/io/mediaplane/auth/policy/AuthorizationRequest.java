package io.mediaplane.auth.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one request, as a resource policy sees them.
 *
 * @param principalAccount 12-digit account of the caller, or {@code null} for an anonymous (unsigned) caller
 * @param principalArn ARN of the caller (IAM user, root, or {@code arn:aws:sts::...:assumed-role/...}); may be null
 * @param action the IAM action, e.g. {@code mediastore:GetObject}
 * @param resourceArn the ARN of the resource the action is on
 * @param context condition keys (case-insensitive) and their values, e.g. {@code aws:SourceIp -> [203.0.113.7]};
 *     {@code aws:PrincipalAccount} and {@code aws:PrincipalArn} are derived from the principal when absent
 */
public record AuthorizationRequest(
        String principalAccount,
        String principalArn,
        String action,
        String resourceArn,
        Map<String, List<String>> context) {

    /** Validates the request and takes defensive copies; a null context means no condition keys. */
    public AuthorizationRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (context != null) {
            context.forEach((k, v) -> copy.put(
                    Objects.requireNonNull(k, "context key"),
                    List.copyOf(Objects.requireNonNull(v, "context values"))));
        }
        context = java.util.Collections.unmodifiableMap(copy);
    }

    /** A request with no condition keys. */
    public AuthorizationRequest(String principalAccount, String principalArn, String action, String resourceArn) {
        this(principalAccount, principalArn, action, resourceArn, Map.of());
    }
}
