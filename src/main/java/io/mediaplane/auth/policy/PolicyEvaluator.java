package io.mediaplane.auth.policy;

import io.mediaplane.aws.Wildcard;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates a single resource policy with standard IAM logic: any matching Deny gives
 * {@link Decision#EXPLICIT_DENY}; otherwise any matching Allow gives {@link Decision#ALLOW}; otherwise
 * {@link Decision#IMPLICIT_DENY}. A statement matches when its principal, action, resource and every
 * condition match the request.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {}

    /** Decides the request against the policy. */
    public static Decision evaluate(PolicyDocument policy, AuthorizationRequest request) {
        Map<String, List<String>> context = context(request);
        boolean allowed = false;
        for (Statement s : policy.statements()) {
            if (matches(s, request, context)) {
                if (s.effect() == Statement.Effect.DENY) {
                    return Decision.EXPLICIT_DENY;
                }
                allowed = true;
            }
        }
        return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
    }

    private static boolean matches(Statement s, AuthorizationRequest r, Map<String, List<String>> context) {
        boolean principal =
                s.principal().getOrDefault("AWS", List.of()).stream().anyMatch(p -> principalMatches(p, r));
        boolean action = s.actions().stream().anyMatch(a -> Wildcard.matches(a, r.action(), true));
        boolean resource = s.resources().stream().anyMatch(p -> Wildcard.matches(p, r.resourceArn(), false));
        return principal != s.notPrincipal()
                && action != s.notAction()
                && resource != s.notResource()
                && s.conditions().stream().allMatch(c -> c.test(context));
    }

    /**
     * Whether one {@code AWS} principal value names the caller. {@code *} names everyone, anonymous
     * included; an account ID or {@code :root} ARN names every principal of that account; a role ARN also
     * names that role's assumed-role sessions; any other ARN must equal the caller's ARN.
     */
    static boolean principalMatches(String principal, AuthorizationRequest r) {
        if (principal.equals("*")) {
            return true;
        }
        String account = r.principalAccount();
        if (account == null) {
            return false;
        }
        if (principal.equals(account)) {
            return true;
        }
        String[] p = principal.split(":", 6);
        if (p.length != 6 || !p[4].equals(account)) {
            return false;
        }
        if (p[2].equals("iam") && p[5].equals("root")) {
            return true;
        }
        String arn = r.principalArn();
        if (arn == null) {
            return false;
        }
        if (arn.equals(principal)) {
            return true;
        }
        if (p[2].equals("iam") && p[5].startsWith("role/")) {
            String roleName = p[5].substring(p[5].lastIndexOf('/') + 1);
            String sessionPrefix = "arn:" + p[1] + ":sts::" + account + ":assumed-role/" + roleName + "/";
            return arn.startsWith(sessionPrefix) && arn.length() > sessionPrefix.length();
        }
        return false;
    }

    /** Lower-cases context keys and derives aws:PrincipalAccount / aws:PrincipalArn when not supplied. */
    private static Map<String, List<String>> context(AuthorizationRequest r) {
        Map<String, List<String>> out = new HashMap<>();
        if (r.principalAccount() != null) {
            out.put("aws:principalaccount", List.of(r.principalAccount()));
        }
        if (r.principalArn() != null) {
            out.put("aws:principalarn", List.of(r.principalArn()));
        }
        r.context().forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }
}
