package io.mediaplane.mediastore.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediaplane.aws.Echo;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Validates one rule against the limits in the MediaStore user guide ("Components of an object lifecycle
 * policy"): up to 10 paths, prefix or wildcard but not both; transient data rules use wildcard paths,
 * {@code seconds_since_create} 1-300 and EXPIRE; delete rules use {@code days_since_create} 1-36,500;
 * ARCHIVE rules use exactly {@code days_since_create >= 30}; operators are {@code >} or {@code >=}.
 */
final class LifecycleRuleParser {
    static final int MAX_PATHS = 10;
    private static final String DAYS = "days_since_create";
    private static final String SECONDS = "seconds_since_create";

    private LifecycleRuleParser() {}

    static LifecycleRule parse(JsonNode rule, String where) {
        requireObject(rule, where, Set.of("definition", "action"));
        JsonNode actionNode = required(rule, "action", where);
        LifecycleRule.Action action = switch (actionNode.isTextual() ? actionNode.asText() : "") {
            case "EXPIRE" -> LifecycleRule.Action.EXPIRE;
            case "ARCHIVE" -> LifecycleRule.Action.ARCHIVE;
            default -> throw fail(where + ".action must be \"EXPIRE\" or \"ARCHIVE\"");
        };
        String def = where + ".definition";
        JsonNode definition = required(rule, "definition", where);
        requireObject(definition, def, Set.of("path", DAYS, SECONDS));
        if (definition.has(DAYS) == definition.has(SECONDS)) {
            throw fail(def + " must contain exactly one of " + DAYS + " or " + SECONDS);
        }
        String criterion = definition.has(DAYS) ? DAYS : SECONDS;
        List<String> paths = new ArrayList<>();
        LifecycleRule.PathType type = paths(required(definition, "path", def), def + ".path", paths);
        String at = def + "." + criterion;
        JsonNode numeric = numeric(definition.get(criterion), at);
        String op = numeric.get(0).isTextual() ? numeric.get(0).asText() : "";
        if (!op.equals(">") && !op.equals(">=")) {
            throw fail(at + " operator must be \">\" or \">=\"");
        }
        JsonNode value = numeric.get(1);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail(at + " value must be a whole number, not " + value);
        }
        long amount = value.asLong();
        if (criterion.equals(SECONDS)) {
            checkRange(amount, 1, 300, at);
            if (action != LifecycleRule.Action.EXPIRE) {
                throw fail(where + ": " + SECONDS + " (transient data) rules must have action \"EXPIRE\"");
            }
            if (type != LifecycleRule.PathType.WILDCARD) {
                throw fail(where + ": " + SECONDS + " (transient data) rules must use wildcard paths, not prefix");
            }
        } else {
            checkRange(amount, 1, 36_500, at);
            if (action == LifecycleRule.Action.ARCHIVE && (!op.equals(">=") || amount != 30)) {
                throw fail(where + ": ARCHIVE rules must use \"" + DAYS + "\": [{\"numeric\": [\">=\", 30]}]");
            }
        }
        return new LifecycleRule(
                action,
                type,
                paths,
                criterion.equals(SECONDS) ? ChronoUnit.SECONDS : ChronoUnit.DAYS,
                op.equals(">="),
                amount);
    }

    private static LifecycleRule.PathType paths(JsonNode node, String where, List<String> out) {
        if (!node.isArray() || node.isEmpty()) {
            throw fail(where + " must be a non-empty array of {\"prefix\": ...} or {\"wildcard\": ...} objects");
        }
        if (node.size() > MAX_PATHS) {
            throw fail(where + " has " + node.size() + " entries; a rule can contain at most " + MAX_PATHS);
        }
        LifecycleRule.PathType type = null;
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String at = where + "[" + i + "]";
            if (!entry.isObject() || entry.size() != 1 || !(entry.has("prefix") || entry.has("wildcard"))) {
                throw fail(at + " must be an object with exactly one of \"prefix\" or \"wildcard\"");
            }
            LifecycleRule.PathType t =
                    entry.has("prefix") ? LifecycleRule.PathType.PREFIX : LifecycleRule.PathType.WILDCARD;
            JsonNode text = entry.elements().next();
            if (!text.isTextual()) {
                throw fail(at + "." + t.name().toLowerCase(java.util.Locale.ROOT) + " must be a string");
            }
            if (t == LifecycleRule.PathType.WILDCARD && text.asText().isEmpty()) {
                throw fail(at + ".wildcard must not be empty");
            }
            if (type != null && type != t) {
                throw fail(where + " mixes prefix and wildcard; put them in separate rules");
            }
            type = t;
            out.add(text.asText());
        }
        return type;
    }

    /** {@code [{"numeric": [op, value]}]} -> the inner two-element array. */
    private static JsonNode numeric(JsonNode node, String where) {
        String form = where + " must be [{\"numeric\": [\">\" or \">=\", number]}]";
        if (!node.isArray()
                || node.size() != 1
                || !node.get(0).isObject()
                || node.get(0).size() != 1) {
            throw fail(form);
        }
        JsonNode numeric = node.get(0).get("numeric");
        if (numeric == null || !numeric.isArray() || numeric.size() != 2) {
            throw fail(form);
        }
        return numeric;
    }

    private static void checkRange(long value, long min, long max, String where) {
        if (value < min || value > max) {
            throw fail(where + " value " + value + " is out of range " + min + "-" + max);
        }
    }

    static void requireObject(JsonNode node, String where, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw fail(where + " must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(where + " has unknown element " + Echo.quote(name));
            }
        }
    }

    private static JsonNode required(JsonNode node, String name, String where) {
        if (!node.has(name)) {
            throw fail(where + " is missing the required " + name + " element");
        }
        return node.get(name);
    }

    static LifecyclePolicyException fail(String message) {
        return new LifecyclePolicyException(message);
    }
}
