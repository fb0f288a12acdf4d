package io.mediaplane.mediastore.data;

import io.mediaplane.auth.policy.AuthorizationRequest;
import io.mediaplane.auth.policy.Decision;
import io.mediaplane.auth.policy.PolicyDocument;
import io.mediaplane.auth.policy.PolicyEvaluator;
import io.mediaplane.auth.policy.Statement;
import io.mediaplane.mediastore.Containers;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.Identity;
import io.mediaplane.protocol.RequestHead;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The container policy, enforced on every data request: the owner account is allowed unless a
 * statement explicitly denies it; other accounts and anonymous (unsigned) callers only where a
 * statement allows them. Action {@code mediastore:<Operation>}, resource
 * {@code <container ARN>/<path>}, and the global condition keys a request carries.
 */
final class DataAccess {
    private static final int CACHE_LIMIT = 1024;
    private final ConcurrentHashMap<String, PolicyDocument> parsed = new ConcurrentHashMap<>();

    void check(Containers.Located container, Identity identity, String operation, String path, RequestHead head) {
        String account = identity.accountId();
        boolean owner = account != null && account.equals(container.scope().accountId());
        String json = container.container().policy();
        if (json == null) {
            if (owner) {
                return;
            }
            throw denied(identity, operation, container, "the container has no policy that grants it");
        }
        PolicyDocument policy = policy(json);
        if (owner && policy.statements().stream().noneMatch(st -> st.effect() == Statement.Effect.DENY)) {
            return; // the owner passes any policy that denies nothing (such as the default one) unevaluated
        }
        AuthorizationRequest request = new AuthorizationRequest(
                account,
                account == null ? null : "arn:aws:iam::" + account + ":root",
                "mediastore:" + operation,
                container.arn() + "/" + path,
                context(head));
        Decision decision = PolicyEvaluator.evaluate(policy, request);
        if (decision == Decision.ALLOW || owner && decision == Decision.IMPLICIT_DENY) {
            return;
        }
        throw denied(
                identity,
                operation,
                container,
                decision == Decision.EXPLICIT_DENY
                        ? "the container policy explicitly denies it"
                        : "no statement of the container policy allows it");
    }

    private static Map<String, List<String>> context(RequestHead request) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        context.put("aws:SecureTransport", List.of(String.valueOf(request.secure())));
        context.put("aws:SourceIp", List.of(request.sourceIp()));
        String agent = request.header("User-Agent");
        if (agent != null) {
            context.put("aws:UserAgent", List.of(agent));
        }
        String referer = request.header("Referer");
        if (referer != null) {
            context.put("aws:Referer", List.of(referer));
        }
        return context;
    }

    private PolicyDocument policy(String json) {
        PolicyDocument doc = parsed.get(json);
        if (doc == null) {
            if (parsed.size() >= CACHE_LIMIT) {
                parsed.clear();
            }
            doc = PolicyDocument.parse(json);
            parsed.put(json, doc);
        }
        return doc;
    }

    private static AwsException denied(Identity identity, String operation, Containers.Located container, String why) {
        String who = identity.accountId() == null
                ? "An anonymous (unsigned) request"
                : "User arn:aws:iam::" + identity.accountId() + ":root";
        boolean owner = identity.accountId() != null
                && identity.accountId().equals(container.scope().accountId());
        // another account's container: neither its name nor its policy is the caller's to learn
        String on = owner ? "container " + container.container().name() + ": " + why : "this container";
        return new AwsException(
                MediaStoreDataError.ACCESS_DENIED,
                who + " is not authorized to perform mediastore:" + operation + " on " + on);
    }
}
