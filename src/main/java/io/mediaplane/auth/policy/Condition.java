package io.mediaplane.auth.policy;

import io.mediaplane.aws.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One operator/key pair of a Condition block, e.g. {@code "IpAddress": {"aws:SourceIp": ["192.0.2.0/24"]}}.
 * The operator may carry an {@code IfExists} suffix and a {@code ForAnyValue:}/{@code ForAllValues:} prefix.
 * Values for the key are ORed (NORed for negated operators); the key is matched case-insensitively.
 */
public final class Condition {
    private enum Qualifier {
        NONE,
        FOR_ANY_VALUE,
        FOR_ALL_VALUES
    }

    private final String operator;
    private final String key;
    private final List<String> values;
    private final Operator base;
    private final Qualifier qualifier;
    private final boolean ifExists;
    private final List<Object> typedValues;

    private Condition(
            String operator,
            String key,
            List<String> values,
            Operator base,
            Qualifier qualifier,
            boolean ifExists,
            List<Object> typedValues) {
        this.operator = operator;
        this.key = key;
        this.values = List.copyOf(values);
        this.base = base;
        this.qualifier = qualifier;
        this.ifExists = ifExists;
        this.typedValues = List.copyOf(typedValues);
    }

    /**
     * Validates and builds a condition.
     *
     * @param where location for error messages, e.g. {@code Statement[0].Condition}
     * @throws PolicyException for an unknown operator, a malformed key or a value the operator cannot use
     */
    static Condition of(String operator, String key, List<String> values, String where) {
        String rest = operator;
        Qualifier qualifier = Qualifier.NONE;
        if (rest.regionMatches(true, 0, "ForAnyValue:", 0, 12)) {
            qualifier = Qualifier.FOR_ANY_VALUE;
            rest = rest.substring(12);
        } else if (rest.regionMatches(true, 0, "ForAllValues:", 0, 13)) {
            qualifier = Qualifier.FOR_ALL_VALUES;
            rest = rest.substring(13);
        }
        boolean ifExists = rest.length() > 8 && rest.regionMatches(true, rest.length() - 8, "IfExists", 0, 8);
        if (ifExists) {
            rest = rest.substring(0, rest.length() - 8);
        }
        Operator base = Operator.byName(rest)
                .orElseThrow(
                        () -> new PolicyException(where + " has unknown condition operator " + Echo.quote(operator)));
        if (base == Operator.Null && ifExists) {
            throw new PolicyException(where + "." + operator + ": IfExists cannot be used with the Null operator");
        }
        if (base == Operator.Null && qualifier != Qualifier.NONE) {
            throw new PolicyException(where + "." + operator + ": ForAnyValue/ForAllValues cannot qualify Null");
        }
        String at = where + "." + operator + "[\"" + key + "\"]";
        if (key.isBlank() || key.indexOf(':') <= 0 || key.endsWith(":")) {
            throw new PolicyException(at + ": condition key must be prefixed with a service, e.g. aws:SourceIp");
        }
        List<Object> typed = new ArrayList<>();
        for (String value : values) {
            try {
                typed.add(base.parsePolicyValue(value));
            } catch (IllegalArgumentException e) {
                throw new PolicyException(at + ": " + e.getMessage());
            }
        }
        return new Condition(operator, key, values, base, qualifier, ifExists, typed);
    }

    /** The operator exactly as written, including any qualifier and suffix. */
    public String operator() {
        return operator;
    }

    /** The condition key exactly as written. */
    public String key() {
        return key;
    }

    /** The policy values as written (numbers and booleans in their JSON text form). */
    public List<String> values() {
        return values;
    }

    /**
     * Evaluates this condition.
     *
     * @param context request context with lower-cased keys
     */
    boolean test(Map<String, List<String>> context) {
        List<String> actual = context.get(key.toLowerCase(Locale.ROOT));
        boolean present = actual != null && !actual.isEmpty();
        if (base == Operator.Null) {
            return typedValues.stream().anyMatch(v -> (Boolean) v != present);
        }
        if (!present) {
            if (ifExists) {
                return true;
            }
            return switch (qualifier) {
                case FOR_ALL_VALUES -> true;
                case FOR_ANY_VALUE -> false;
                case NONE -> base.negated; // the values do not match, so a negated operator holds
            };
        }
        return switch (qualifier) {
            case FOR_ANY_VALUE -> actual.stream().anyMatch(this::single);
            case FOR_ALL_VALUES -> actual.stream().allMatch(this::single);
            case NONE -> {
                boolean any = actual.stream().anyMatch(this::positive);
                yield base.negated != any;
            }
        };
    }

    /** One request value against all policy values: OR for positive operators, NOR for negated ones. */
    private boolean single(String requestValue) {
        return base.negated != positive(requestValue);
    }

    private boolean positive(String requestValue) {
        return typedValues.stream().anyMatch(v -> base.matches(requestValue, v));
    }

    @Override
    public String toString() {
        return operator + "{" + key + "=" + values + "}";
    }
}
