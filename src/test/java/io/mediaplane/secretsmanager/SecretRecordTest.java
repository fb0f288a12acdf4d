package io.mediaplane.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediaplane.secretsmanager.SecretRecord.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRecordTest {
    private static SecretRecord empty() {
        return new SecretRecord("arn", "s", null, null, 0, 0, null, null, Map.of(), List.of());
    }

    private static Map<String, List<String>> labels(SecretRecord s) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        s.versions().forEach(v -> all.put(v.id(), v.stages()));
        return all;
    }

    @Test
    void aNewCurrentVersionMakesTheOldOnePreviousAndTheOlderOneDeprecated() {
        SecretRecord s = empty().withVersion("a", 1, List.of("AWSCURRENT"));
        s = s.withVersion("b", 2, List.of("AWSCURRENT"));
        assertEquals(Map.of("a", List.of("AWSPREVIOUS"), "b", List.of("AWSCURRENT")), labels(s));
        s = s.withVersion("c", 3, List.of("AWSCURRENT"));
        assertEquals(Map.of("a", List.of(), "b", List.of("AWSPREVIOUS"), "c", List.of("AWSCURRENT")), labels(s));
        assertEquals(Map.of("b", List.of("AWSPREVIOUS"), "c", List.of("AWSCURRENT")), s.stagesByVersion());
        assertEquals(3, s.lastChangedAtMillis());
    }

    @Test
    void otherLabelsMoveWithoutTouchingTheCurrentOne() {
        SecretRecord s = empty().withVersion("a", 1, List.of("AWSCURRENT", "BLUE"));
        s = s.withVersion("b", 2, List.of("BLUE"));
        assertEquals(Map.of("a", List.of("AWSCURRENT"), "b", List.of("BLUE")), labels(s));
        s = s.withVersion("c", 3, List.of("AWSCURRENT", "AWSPREVIOUS"));
        assertEquals(
                Map.of("a", List.of(), "b", List.of("BLUE"), "c", List.of("AWSCURRENT", "AWSPREVIOUS")),
                labels(s),
                "AWSPREVIOUS asked for explicitly stays where it was put");
        assertEquals("c", s.staged("AWSCURRENT").map(Version::id).orElseThrow());
    }
}
