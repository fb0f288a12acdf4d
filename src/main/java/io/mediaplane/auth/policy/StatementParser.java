package io.mediaplane.auth.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.aws.Arn;
import io.mediaplane.aws.Echo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one JSON statement into a validated {@link Statement}, or throws {@link PolicyException}. */
final class StatementParser {
    private static final Set<String> KEYS = Set.of(
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition");
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Service", "Federated", "CanonicalUser");

    private StatementParser() {}

    static Statement parse(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new PolicyException(where + " must be a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!KEYS.contains(name)) {
                throw new PolicyException(where + " has unknown element " + Echo.quote(name));
            }
        });
        String sid = null;
        if (node.has("Sid")) {
            if (!node.get("Sid").isTextual()) {
                throw new PolicyException(where + ".Sid must be a string");
            }
            sid = node.get("Sid").asText();
        }
        JsonNode effectNode = node.get("Effect");
        if (effectNode == null) {
            throw new PolicyException(where + " is missing the required Effect element");
        }
        Statement.Effect effect = switch (effectNode.isTextual() ? effectNode.asText() : "") {
            case "Allow" -> Statement.Effect.ALLOW;
            case "Deny" -> Statement.Effect.DENY;
            default -> throw new PolicyException(where + ".Effect must be Allow or Deny");
        };
        String principalKey = exactlyOne(
                node, where, "Principal", "NotPrincipal", " (a resource-based policy must name its principals)");
        if (principalKey.equals("NotPrincipal") && effect == Statement.Effect.ALLOW) {
            throw new PolicyException(where + ": NotPrincipal must be used with \"Effect\": \"Deny\"");
        }
        Map<String, List<String>> principal = principal(node.get(principalKey), where + "." + principalKey);
        String actionKey = exactlyOne(node, where, "Action", "NotAction", "");
        List<String> actions = strings(node.get(actionKey), where + "." + actionKey);
        for (String action : actions) {
            if (!action.equals("*") && !action.matches("[A-Za-z0-9*?-]+:[^:\\s]+")) {
                throw new PolicyException(where + "." + actionKey + " " + Echo.quote(action)
                        + " must be \"*\" or prefixed with a service, e.g. mediastore:GetObject");
            }
        }
        String resourceKey = exactlyOne(node, where, "Resource", "NotResource", "");
        List<String> resources = strings(node.get(resourceKey), where + "." + resourceKey);
        for (String resource : resources) {
            if (!resource.equals("*") && Arn.parse(resource).isEmpty()) {
                throw new PolicyException(where + "." + resourceKey + " " + Echo.quote(resource)
                        + " must be \"*\" or an ARN (arn:partition:service:region:account:resource)");
            }
        }
        List<Condition> conditions =
                node.has("Condition") ? conditions(node.get("Condition"), where + ".Condition") : List.of();
        return new Statement(
                sid,
                effect,
                principal,
                principalKey.equals("NotPrincipal"),
                actions,
                actionKey.equals("NotAction"),
                resources,
                resourceKey.equals("NotResource"),
                conditions);
    }

    private static String exactlyOne(JsonNode node, String where, String a, String b, String why) {
        if (node.has(a) && node.has(b)) {
            throw new PolicyException(where + " must not contain both " + a + " and " + b);
        }
        if (!node.has(a) && !node.has(b)) {
            throw new PolicyException(where + " must contain " + a + " or " + b + why);
        }
        return node.has(a) ? a : b;
    }

    private static Map<String, List<String>> principal(JsonNode node, String where) {
        if (node.isTextual()) {
            if (!node.asText().equals("*")) {
                throw new PolicyException(where + " must be \"*\" or an object such as {\"AWS\": \"123456789012\"}");
            }
            return Map.of("AWS", List.of("*"));
        }
        if (!node.isObject() || node.isEmpty()) {
            throw new PolicyException(where + " must be \"*\" or a non-empty object such as {\"AWS\": \"*\"}");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            String at = where + "." + e.getKey();
            if (!PRINCIPAL_TYPES.contains(e.getKey())) {
                throw new PolicyException(where + " has unknown principal type " + Echo.quote(e.getKey())
                        + " (expected AWS, Service, Federated or CanonicalUser)");
            }
            List<String> ids = strings(e.getValue(), at);
            if (e.getKey().equals("AWS")) {
                ids.forEach(id -> {
                    if (!isAwsPrincipal(id)) {
                        throw new PolicyException(at + " " + Echo.quote(id) + " is not a valid principal: use \"*\", a"
                                + " 12-digit account ID or an IAM/STS ARN (partial wildcards are not allowed)");
                    }
                });
            }
            out.put(e.getKey(), ids);
        });
        return out;
    }

    private static boolean isAwsPrincipal(String id) {
        if (id.equals("*") || id.matches("\\d{12}")) {
            return true;
        }
        return Arn.parse(id)
                .filter(a -> a.partition().startsWith("aws")
                        && a.service().matches("iam|sts")
                        && a.region().isEmpty()
                        && a.account().matches("\\d{12}")
                        && !id.contains("*")
                        && !id.contains("?"))
                .isPresent();
    }

    private static List<Condition> conditions(JsonNode node, String where) {
        if (!node.isObject() || node.isEmpty()) {
            throw new PolicyException(where + " must be a non-empty object of condition operators");
        }
        List<Condition> out = new ArrayList<>();
        node.fields().forEachRemaining(op -> {
            if (!op.getValue().isObject() || op.getValue().isEmpty()) {
                throw new PolicyException(where + "." + op.getKey() + " must be a non-empty object of condition keys");
            }
            op.getValue()
                    .fields()
                    .forEachRemaining(kv -> out.add(Condition.of(
                            op.getKey(),
                            kv.getKey(),
                            scalars(kv.getValue(), where + "." + op.getKey() + "[\"" + kv.getKey() + "\"]"),
                            where)));
        });
        return out;
    }

    /** A string or a non-empty array of strings. */
    static List<String> strings(JsonNode node, String where) {
        return list(node, where, false);
    }

    /** Condition values: strings, numbers or booleans, alone or in a non-empty array. */
    private static List<String> scalars(JsonNode node, String where) {
        return list(node, where, true);
    }

    private static List<String> list(JsonNode node, String where, boolean scalarsAllowed) {
        String expected =
                scalarsAllowed ? "a string, number or boolean, or an array of them" : "a string or an array of strings";
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            if (node.isEmpty()) {
                throw new PolicyException(where + " must not be an empty array");
            }
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            boolean ok = item.isTextual() || scalarsAllowed && (item.isNumber() || item.isBoolean());
            if (!ok) {
                throw new PolicyException(where + " must be " + expected + ", not " + item.getNodeType());
            }
            out.add(item.asText());
        }
        return out;
    }
}
