package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Request members this server does not model: kept in order, unmodifiable, and moved between shapes. */
final class Members {
    private Members() {
    }

    static Map<String, JsonNode> copy(Map<String, JsonNode> members) {
        return members == null || members.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The members whose names are (or, with {@code keep} false, are not) in {@code names}. */
    static Map<String, JsonNode> select(Map<String, JsonNode> members, Set<String> names, boolean keep) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        members.forEach((k, v) -> {
            if (names.contains(k) == keep) {
                out.put(k, v);
            }
        });
        return copy(out);
    }

    /** {@code base} with {@code changes} applied (later wins). */
    static Map<String, JsonNode> merge(Map<String, JsonNode> base, Map<String, JsonNode> changes) {
        Map<String, JsonNode> out = new LinkedHashMap<>(base);
        out.putAll(changes);
        return copy(out);
    }
}
