package io.mediaplane.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Tag rules shared by every service (AWS's tagging rules): keys 1-128 characters, values 0-256,
 * letters, numbers, spaces and {@code _ . : / = + - @}; no {@code aws:} prefix; at most 50 per
 * resource. Violations are thrown as the calling service's validation error, made by the
 * {@code refusal} it passes from AWS's message (e.g. {@code MediaStoreError::validation}).
 */
public final class Tags {
    public static final int MAX_PER_RESOURCE = 50;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private Tags() {}

    /** Checks new tags and returns {@code existing} with them applied (later values win). */
    public static Map<String, String> merge(
            Map<String, String> existing,
            Map<String, String> added,
            Function<String, ? extends RuntimeException> refusal) {
        List<String> problems = new ArrayList<>();
        added.forEach((k, v) -> check(k, v, problems));
        Map<String, String> merged = new LinkedHashMap<>(existing == null ? Map.of() : existing);
        merged.putAll(added);
        if (merged.size() > MAX_PER_RESOURCE) {
            problems.add("A resource can have at most " + MAX_PER_RESOURCE + " tags; this request would leave "
                    + merged.size());
        }
        if (!problems.isEmpty()) {
            throw refusal.apply(ValidationErrors.summary(problems));
        }
        return merged;
    }

    /** Checks tag keys named for removal. */
    public static void checkKeys(List<String> keys, Function<String, ? extends RuntimeException> refusal) {
        List<String> problems = new ArrayList<>();
        for (String k : keys) {
            checkKey(k, problems);
        }
        if (!problems.isEmpty()) {
            throw refusal.apply(ValidationErrors.summary(problems));
        }
    }

    private static void check(String key, String value, List<String> problems) {
        checkKey(key, problems);
        if (value == null) {
            problems.add("Value null at 'tags." + key + "' failed to satisfy constraint: Member must not be null");
        } else if (value.length() > 256) {
            problems.add("Value at 'tags." + key + "' failed to satisfy constraint: Member must have length less than"
                    + " or equal to 256");
        } else if (!ALLOWED.matcher(value).matches()) {
            problems.add("Value '" + value + "' at 'tags." + key + "' failed to satisfy constraint: Member must satisfy"
                    + " regular expression pattern: " + ALLOWED.pattern());
        }
    }

    private static void checkKey(String key, List<String> problems) {
        if (key == null || key.isEmpty() || key.length() > 128) {
            problems.add("Value '" + key + "' at 'tagKey' failed to satisfy constraint: Member must have length"
                    + " between 1 and 128, inclusive");
        } else if (!ALLOWED.matcher(key).matches()) {
            problems.add("Value '" + key + "' at 'tagKey' failed to satisfy constraint: Member must satisfy regular"
                    + " expression pattern: " + ALLOWED.pattern());
        } else if (key.regionMatches(true, 0, "aws:", 0, 4)) {
            problems.add("Tag key '" + key + "' uses the reserved prefix 'aws:'");
        }
    }
}
