package io.mediaplane.mediastore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example policies of the AWS Elemental MediaStore user guide, with expiry times for sample paths. */
class LifecyclePolicyExamplesTest {
    static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

    static Optional<Instant> after(Duration d) {
        return Optional.of(T0.plus(d));
    }

    static Duration days(long n) {
        return Duration.ofDays(n);
    }

    @Test
    void expireWithinSeconds() {
        LifecyclePolicy p = LifecyclePolicy.parse("""
                { "rules": [ { "definition": { "path": [ {"wildcard": "Football/*.m3u8"} ],
                  "seconds_since_create": [ {"numeric": [ ">", 20 ]} ] }, "action": "EXPIRE" } ] }""");
        assertEquals(LifecycleRule.Kind.TRANSIENT_DATA, p.rules().get(0).kind());
        assertEquals(after(Duration.ofSeconds(21)), p.expiresAt("Football/index.m3u8", T0));
        assertEquals(after(Duration.ofSeconds(21)), p.expiresAt("Football/game1/index.m3u8", T0));
        assertEquals(after(Duration.ofSeconds(21)), p.expiresAt("/Football/index.m3u8", T0));
        assertEquals(Optional.empty(), p.expiresAt("Football/seg1.ts", T0));
        assertEquals(Optional.empty(), p.expiresAt("Baseball/index.m3u8", T0));
        assertEquals(Optional.empty(), p.expiresAt("football/index.m3u8", T0));
        assertEquals(Optional.empty(), p.archiveAt("Football/index.m3u8", T0));
        // only objects added once the policy is in effect
        assertEquals(Optional.empty(), p.expiresAt("Football/index.m3u8", T0, T0.plusMillis(1)));
        assertEquals(after(Duration.ofSeconds(21)), p.expiresAt("Football/index.m3u8", T0, T0));
    }

    @Test
    void expireWithinDays() {
        LifecyclePolicy p = LifecyclePolicy.parse("""
                { "rules": [ { "definition": { "path": [ {"wildcard": "Program/*.ts"} ],
                  "days_since_create": [ {"numeric": [ ">", 5 ]} ] }, "action": "EXPIRE" } ] }""");
        assertEquals(LifecycleRule.Kind.DELETE_OBJECT, p.rules().get(0).kind());
        assertEquals(after(days(5).plusSeconds(1)), p.expiresAt("Program/seg1.ts", T0));
        assertEquals(Optional.empty(), p.expiresAt("Program/index.m3u8", T0));
        assertEquals(Optional.empty(), p.expiresAt("Other/Program/seg1.ts", T0));
    }

    @Test
    void transitionToInfrequentAccessIsRecordedButNeverExpires() {
        LifecyclePolicy p = LifecyclePolicy.parse("""
                { "rules": [ { "definition": { "path": [ {"prefix": "Football/"}, {"prefix": "Baseball/"} ],
                  "days_since_create": [ {"numeric": [">=" , 30]} ] }, "action": "ARCHIVE" } ] }""");
        LifecycleRule rule = p.rules().get(0);
        assertEquals(LifecycleRule.Kind.LIFECYCLE_TRANSITION, rule.kind());
        assertEquals(List.of("Football/", "Baseball/"), rule.paths());
        assertEquals(Optional.empty(), p.expiresAt("Football/a.ts", T0));
        assertEquals(after(days(30)), p.archiveAt("Football/a.ts", T0));
        assertEquals(after(days(30)), p.archiveAt("Baseball/x/y.ts", T0));
        assertEquals(Optional.empty(), p.archiveAt("Basketball/a.ts", T0));
    }

    @Test
    void multipleRulesEachPathGetsItsOwnRule() {
        LifecyclePolicy p = LifecyclePolicy.parse("""
                { "rules": [
                  { "definition": { "path": [ {"prefix": "AwardsShow/"} ],
                      "days_since_create": [ {"numeric": [ ">=" , 30 ]} ] }, "action": "ARCHIVE" },
                  { "definition": { "path": [ {"wildcard": "Football/*.m3u8"} ],
                      "seconds_since_create": [ {"numeric": [ ">", 20 ]} ] }, "action": "EXPIRE" },
                  { "definition": { "path": [ {"prefix": "April"} ],
                      "days_since_create": [ {"numeric": [ ">", 10 ]} ] }, "action": "EXPIRE" },
                  { "definition": { "path": [ {"wildcard": "Program/*.ts"} ],
                      "days_since_create": [ {"numeric": [ ">", 5 ]} ] }, "action": "EXPIRE" } ] }""");
        assertEquals(4, p.rules().size());
        assertEquals(Optional.empty(), p.expiresAt("AwardsShow/show.mp4", T0));
        assertEquals(after(days(30)), p.archiveAt("AwardsShow/show.mp4", T0));
        assertEquals(after(Duration.ofSeconds(21)), p.expiresAt("Football/live.m3u8", T0));
        assertEquals(after(days(10).plusSeconds(1)), p.expiresAt("April/day1.ts", T0));
        assertEquals(after(days(10).plusSeconds(1)), p.expiresAt("April2024/x", T0));
        assertEquals(after(days(5).plusSeconds(1)), p.expiresAt("Program/seg.ts", T0));
        assertEquals(Optional.empty(), p.expiresAt("Football/seg.ts", T0));
    }

    @Test
    void emptyContainerMatchesEverythingAtExactlyOneDay() {
        LifecyclePolicy p = LifecyclePolicy.parse("""
                { "rules": [ { "definition": { "path": [ {"wildcard": "*"} ],
                  "days_since_create": [ {"numeric": [ ">=", 1 ]} ] }, "action": "EXPIRE" } ] }""");
        assertEquals(after(days(1)), p.expiresAt("a", T0));
        assertEquals(after(days(1)), p.expiresAt("deep/er/folders/file.ts", T0));
    }

    @Test
    void componentsPageRulesTransientAndDeleteObjects() {
        LifecyclePolicy p = LifecyclePolicy.parse("""
                {"rules": [
                  { "definition": { "path": [ {"wildcard": "Football/index*.m3u8"} ],
                      "seconds_since_create": [ {"numeric": [">", 120]} ] }, "action": "EXPIRE" },
                  { "definition": { "path": [ { "prefix": "FolderName/" } ],
                      "days_since_create": [ {"numeric": [">" , 5]} ] }, "action": "EXPIRE" },
                  { "definition": { "path": [ { "wildcard": "Football/*.ts" } ],
                      "days_since_create": [ {"numeric": [">" , 5]} ] }, "action": "EXPIRE" } ]}""");
        for (String path : List.of("Football/index.m3u8", "Football/index1.m3u8", "Football/index123456.m3u8")) {
            assertEquals(after(Duration.ofSeconds(121)), p.expiresAt(path, T0), path);
        }
        assertEquals(Optional.empty(), p.expiresAt("Football/master.m3u8", T0));
        assertEquals(after(days(5).plusSeconds(1)), p.expiresAt("FolderName/a/b", T0));
        assertEquals(after(days(5).plusSeconds(1)), p.expiresAt("Football/seg.ts", T0));
    }

    @Test
    void liveEventsExampleUsesTheEarliestMatchingRule() {
        LifecyclePolicy p = LifecyclePolicy.parse("""
                {"rules": [
                  {"definition": {"path": [{"prefix": "Football/"}, {"prefix": "Baseball/"}],
                      "days_since_create": [{"numeric": [">" , 28]}]}, "action": "EXPIRE"},
                  {"definition": {"path": [{"prefix": "AwardsShow/"}],
                      "days_since_create": [{"numeric": [">=" , 15]}]}, "action": "EXPIRE"},
                  {"definition": {"path": [{"prefix": ""}],
                      "days_since_create": [{"numeric": [">" , 40]}]}, "action": "EXPIRE"},
                  {"definition": {"path": [{"wildcard": "Football/index*.m3u8"}],
                      "seconds_since_create": [{"numeric": [">" , 15]}]}, "action": "EXPIRE"}]}""");
        // "AWS Elemental MediaStore deletes these files 16 seconds after they are placed in the container."
        assertEquals(after(Duration.ofSeconds(16)), p.expiresAt("Football/index1.m3u8", T0));
        assertEquals(after(days(28).plusSeconds(1)), p.expiresAt("Baseball/seg.ts", T0));
        assertEquals(after(days(15)), p.expiresAt("AwardsShow/x.mp4", T0));
        assertEquals(after(days(40).plusSeconds(1)), p.expiresAt("Basketball/x.ts", T0));
        assertEquals(after(days(40).plusSeconds(1)), p.expiresAt("top-level.txt", T0));
    }

    @Test
    void keepsTheOriginalTextVerbatim() {
        String json = "{\n\t\"rules\" : [ {\"action\":\"EXPIRE\", \"definition\":{\"days_since_create\":"
                + "[{\"numeric\":[\">\",1]}], \"path\":[{\"prefix\":\"Caf\u00e9/\"}]}} ]\r\n}  ";
        LifecyclePolicy p = LifecyclePolicy.parse(json);
        assertEquals(json, p.originalJson());
        assertEquals(json, p.toString());
        assertEquals(after(days(1).plusSeconds(1)), p.expiresAt("Caf\u00e9/menu.ts", T0));
    }

    @Test
    void ruleModelAndBoundaries() {
        LifecycleRule gt = new LifecycleRule(
                LifecycleRule.Action.EXPIRE,
                LifecycleRule.PathType.WILDCARD,
                List.of("a*b*c"),
                ChronoUnit.SECONDS,
                false,
                10);
        assertEquals(T0.plusSeconds(11), gt.dueAt(T0));
        LifecycleRule ge = new LifecycleRule(
                LifecycleRule.Action.EXPIRE, LifecycleRule.PathType.PREFIX, List.of("x/"), ChronoUnit.DAYS, true, 2);
        assertEquals(T0.plus(days(2)), ge.dueAt(T0));
        assertTrue(gt.matches("abc") && gt.matches("a/b/c") && gt.matches("aXbYbZc"));
        assertFalse(gt.matches("acb") || gt.matches("abcd") || gt.matches("ab"));
    }
}
