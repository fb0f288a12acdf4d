package io.mediaplane.auth.policy;

import java.util.List;
import java.util.Map;

/**
 * One validated statement of an IAM policy.
 *
 * @param sid the statement id, or {@code null} when absent
 * @param effect Allow or Deny
 * @param principal principal type ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}) to its
 *     values; {@code "Principal": "*"} is represented as {@code {"AWS": ["*"]}}
 * @param notPrincipal true when the element was {@code NotPrincipal}
 * @param actions action patterns, e.g. {@code mediastore:Get*}
 * @param notAction true when the element was {@code NotAction}
 * @param resources resource ARN patterns
 * @param notResource true when the element was {@code NotResource}
 * @param conditions the Condition block flattened to one entry per operator and key (all must hold)
 */
public record Statement(
        String sid,
        Effect effect,
        Map<String, List<String>> principal,
        boolean notPrincipal,
        List<String> actions,
        boolean notAction,
        List<String> resources,
        boolean notResource,
        List<Condition> conditions) {

    /** The effect of a statement. */
    public enum Effect {
        ALLOW,
        DENY
    }

    /** Takes immutable copies of all collections. */
    public Statement {
        principal = principal.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }
}
