package io.mediaplane.mediatailor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Members of today's model this server stores and echoes without interpreting: kept in order, unmodifiable. */
final class Unmodeled {
    private Unmodeled() {}

    static Map<String, JsonNode> copy(Map<String, JsonNode> members) {
        return members == null || members.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
}
