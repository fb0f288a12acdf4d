package io.mediaplane.mediaconnect;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Request members this server does not model: kept in order, unmodifiable, and moved between shapes. */
final class Members {
    private Members() {}

    private static final Map<Class<?>, Set<String>> DECLARED = new ConcurrentHashMap<>();

    static Map<String, JsonNode> copy(Map<String, JsonNode> members) {
        return members == null || members.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * The members {@code owner} may carry besides its declared ones: a member with the name of a
     * declared component (e.g. a {@code description} sent where the request has none) is dropped,
     * so no document ever holds a name twice.
     */
    static Map<String, JsonNode> copy(Map<String, JsonNode> members, Class<? extends Record> owner) {
        if (members == null || members.isEmpty()) {
            return Map.of();
        }
        Set<String> declared = DECLARED.computeIfAbsent(
                owner,
                t -> Arrays.stream(t.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.toUnmodifiableSet()));
        return select(members, declared, false);
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
