package io.mediaplane.mediastore.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecyclePolicyValidationTest {

    static String rule(String path, String criterion, String op, String value, String action) {
        return "{\"definition\":{\"path\":" + path + ",\"" + criterion + "\":[{\"numeric\":[\"" + op + "\"," + value
                + "]}]},\"action\":\"" + action + "\"}";
    }

    static String policyOf(String... rules) {
        return "{\"rules\":[" + String.join(",", rules) + "]}";
    }

    static String error(String json) {
        return assertThrows(LifecyclePolicyException.class, () -> LifecyclePolicy.parse(json))
                .getMessage();
    }

    static String paths(int n, String type) {
        return "[" + String.join(",", Collections.nCopies(n, "{\"" + type + "\":\"a/*\"}")) + "]";
    }

    @Test
    void tenRulesAndTenPathsAreTheLimits() {
        String r = rule(paths(10, "prefix"), "days_since_create", ">", "1", "EXPIRE");
        assertEquals(
                10,
                LifecyclePolicy.parse(policyOf(Collections.nCopies(10, r).toArray(String[]::new)))
                        .rules()
                        .size());
        assertEquals(
                "rules has 11 entries; a lifecycle policy can contain at most 10",
                error(policyOf(Collections.nCopies(11, r).toArray(String[]::new))));
        assertEquals(
                "rules[0].definition.path has 11 entries; a rule can contain at most 10",
                error(policyOf(rule(paths(11, "wildcard"), "days_since_create", ">", "1", "EXPIRE"))));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            seconds_since_create | >  | 1     | wildcard | ok
            seconds_since_create | >= | 300   | wildcard | ok
            seconds_since_create | >  | 0     | wildcard | rules[0].definition.seconds_since_create value 0 is out of range 1-300
            seconds_since_create | >  | 301   | wildcard | rules[0].definition.seconds_since_create value 301 is out of range 1-300
            seconds_since_create | >  | 20    | prefix   | rules[0]: seconds_since_create (transient data) rules must use wildcard paths, not prefix
            days_since_create    | >  | 1     | prefix   | ok
            days_since_create    | >= | 36500 | wildcard | ok
            days_since_create    | >  | 0     | prefix   | rules[0].definition.days_since_create value 0 is out of range 1-36500
            days_since_create    | >  | 36501 | prefix   | rules[0].definition.days_since_create value 36501 is out of range 1-36500
            days_since_create    | >  | -5    | prefix   | rules[0].definition.days_since_create value -5 is out of range 1-36500
            days_since_create    | >  | 5.5   | prefix   | rules[0].definition.days_since_create value must be a whole number, not 5.5
            days_since_create    | >  | "5"   | prefix   | rules[0].definition.days_since_create value must be a whole number, not "5"
            days_since_create    | >  | 99999999999999999999 | prefix | rules[0].definition.days_since_create value must be a whole number, not 99999999999999999999
            days_since_create    | <  | 5     | prefix   | rules[0].definition.days_since_create operator must be ">" or ">="
            days_since_create    | =  | 5     | prefix   | rules[0].definition.days_since_create operator must be ">" or ">="
            days_since_create    | => | 5     | prefix   | rules[0].definition.days_since_create operator must be ">" or ">="
            """)
    void expireRuleRangesAndOperators(String criterion, String op, String value, String pathType, String expected) {
        String json = policyOf(rule("[{\"" + pathType + "\":\"Football/*.m3u8\"}]", criterion, op, value, "EXPIRE"));
        if (expected.equals("ok")) {
            assertEquals(1, LifecyclePolicy.parse(json).rules().size());
        } else {
            assertEquals(expected, error(json));
        }
    }

    @ParameterizedTest(name = "ARCHIVE {0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            days_since_create    | >= | 30 | prefix   | ok
            days_since_create    | >= | 30 | wildcard | ok
            days_since_create    | >  | 30 | prefix   | rules[0]: ARCHIVE rules must use "days_since_create": [{"numeric": [">=", 30]}]
            days_since_create    | >= | 31 | prefix   | rules[0]: ARCHIVE rules must use "days_since_create": [{"numeric": [">=", 30]}]
            days_since_create    | >= | 29 | prefix   | rules[0]: ARCHIVE rules must use "days_since_create": [{"numeric": [">=", 30]}]
            seconds_since_create | >= | 30 | wildcard | rules[0]: seconds_since_create (transient data) rules must have action "EXPIRE"
            """)
    void archiveRulesAreRestricted(String criterion, String op, String value, String pathType, String expected) {
        String json = policyOf(rule("[{\"" + pathType + "\":\"AwardsShow/\"}]", criterion, op, value, "ARCHIVE"));
        if (expected.equals("ok")) {
            assertEquals(
                    LifecycleRule.Action.ARCHIVE,
                    LifecyclePolicy.parse(json).rules().get(0).action());
        } else {
            assertEquals(expected, error(json));
        }
    }

    static final String DEF = "\"days_since_create\":[{\"numeric\":[\">\",1]}]";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"definition":{"path":[{"prefix":"a"},{"wildcard":"b*"}],DEF},"action":"EXPIRE"}` | rules[0].definition.path mixes prefix and wildcard; put them in separate rules
            `{"definition":{"path":[{"prefix":"a","wildcard":"b*"}],DEF},"action":"EXPIRE"}`   | rules[0].definition.path[0] must be an object with exactly one of "prefix" or "wildcard"
            `{"definition":{"path":[{}],DEF},"action":"EXPIRE"}`                               | rules[0].definition.path[0] must be an object with exactly one of "prefix" or "wildcard"
            `{"definition":{"path":[{"suffix":".ts"}],DEF},"action":"EXPIRE"}`                 | rules[0].definition.path[0] must be an object with exactly one of "prefix" or "wildcard"
            `{"definition":{"path":["a/"],DEF},"action":"EXPIRE"}`                             | rules[0].definition.path[0] must be an object with exactly one of "prefix" or "wildcard"
            `{"definition":{"path":[{"prefix":5}],DEF},"action":"EXPIRE"}`                     | rules[0].definition.path[0].prefix must be a string
            `{"definition":{"path":[{"wildcard":""}],DEF},"action":"EXPIRE"}`                  | rules[0].definition.path[0].wildcard must not be empty
            `{"definition":{"path":[],DEF},"action":"EXPIRE"}`                                 | rules[0].definition.path must be a non-empty array of {"prefix": ...} or {"wildcard": ...} objects
            `{"definition":{"path":{"prefix":"a"},DEF},"action":"EXPIRE"}`                     | rules[0].definition.path must be a non-empty array of {"prefix": ...} or {"wildcard": ...} objects
            `{"definition":{DEF},"action":"EXPIRE"}`                                           | rules[0].definition is missing the required path element
            `{"definition":{"path":[{"prefix":"a"}]},"action":"EXPIRE"}`                       | rules[0].definition must contain exactly one of days_since_create or seconds_since_create
            `{"definition":{"path":[{"wildcard":"a*"}],DEF,"seconds_since_create":[{"numeric":[">",1]}]},"action":"EXPIRE"}` | rules[0].definition must contain exactly one of days_since_create or seconds_since_create
            `{"definition":{"path":[{"prefix":"a"}],"days_since_create":{"numeric":[">",1]}},"action":"EXPIRE"}` | rules[0].definition.days_since_create must be [{"numeric": [">" or ">=", number]}]
            `{"definition":{"path":[{"prefix":"a"}],"days_since_create":[{"numeric":[">",1]},{"numeric":[">",2]}]},"action":"EXPIRE"}` | rules[0].definition.days_since_create must be [{"numeric": [">" or ">=", number]}]
            `{"definition":{"path":[{"prefix":"a"}],"days_since_create":[{"number":[">",1]}]},"action":"EXPIRE"}` | rules[0].definition.days_since_create must be [{"numeric": [">" or ">=", number]}]
            `{"definition":{"path":[{"prefix":"a"}],"days_since_create":[{"numeric":[">",1,2]}]},"action":"EXPIRE"}` | rules[0].definition.days_since_create must be [{"numeric": [">" or ">=", number]}]
            `{"definition":{"path":[{"prefix":"a"}],"days_since_create":[{"numeric":[1]}]},"action":"EXPIRE"}` | rules[0].definition.days_since_create must be [{"numeric": [">" or ">=", number]}]
            `{"definition":{"path":[{"prefix":"a"}],DEF,"size":1},"action":"EXPIRE"}`          | rules[0].definition has unknown element 'size'
            `{"definition":{"path":[{"prefix":"a"}],DEF},"action":"expire"}`                   | rules[0].action must be "EXPIRE" or "ARCHIVE"
            `{"definition":{"path":[{"prefix":"a"}],DEF},"action":"DELETE"}`                   | rules[0].action must be "EXPIRE" or "ARCHIVE"
            `{"definition":{"path":[{"prefix":"a"}],DEF}}`                                     | rules[0] is missing the required action element
            `{"action":"EXPIRE"}`                                                              | rules[0] is missing the required definition element
            `{"definition":[],"action":"EXPIRE"}`                                              | rules[0].definition must be a JSON object
            `{"definition":{"path":[{"prefix":"a"}],DEF},"action":"EXPIRE","id":"r1"}`         | rules[0] has unknown element 'id'
            `"EXPIRE"`                                                                         | rules[0] must be a JSON object
            """)
    void malformedRules(String ruleJson, String message) {
        assertEquals(message, error(policyOf(ruleJson.replace("DEF", DEF))));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                          | Lifecycle policy must not be empty
            `   `                       | Lifecycle policy must not be empty
            `[]`                        | Lifecycle policy must be a JSON object
            `{}`                        | Lifecycle policy is missing the required rules element
            `{"rules":[]}`              | rules must be a non-empty array
            `{"rules":{}}`              | rules must be a non-empty array
            `{"rules":[],"Version":"1"}` | Lifecycle policy has unknown element 'Version'
            """)
    void malformedDocuments(String json, String message) {
        assertEquals(message, error(json));
    }

    @Test
    void enforcesTheApiStringConstraintsAndStrictJson() {
        String r = rule("[{\"prefix\":\"a\"}]", "days_since_create", ">", "1", "EXPIRE");
        String base = policyOf(r);
        String max = base + " ".repeat(LifecyclePolicy.MAX_LENGTH - base.length());
        assertEquals(
                LifecyclePolicy.MAX_LENGTH,
                LifecyclePolicy.parse(max).originalJson().length());
        assertEquals("Lifecycle policy is 8193 characters; the maximum is 8192", error(max + " "));
        assertEquals(
                "Lifecycle policy contains character U+0100 at offset 0; only tab, newline, carriage return"
                        + " and U+0020-U+00FF are allowed",
                error("\u0100" + base));
        assertTrue(error(base + "\u0000").startsWith("Lifecycle policy contains character U+0000 at offset"));
        assertTrue(error("{\"rules\":[").startsWith("Lifecycle policy is not valid JSON: "));
        assertTrue(error(base + "{}").startsWith("Lifecycle policy is not valid JSON: "));
        assertTrue(error("{\"rules\":[" + r + "],\"rules\":[" + r + "]}").contains("Duplicate field 'rules'"));
        assertEquals(1, LifecyclePolicy.parse("\t\r\n" + base).rules().size());
    }

    @Test
    void reportsTheIndexOfTheBadRule() {
        String good = rule("[{\"prefix\":\"a\"}]", "days_since_create", ">", "1", "EXPIRE");
        String bad = rule("[{\"prefix\":\"a\"}]", "days_since_create", ">", "1", "PURGE");
        assertEquals("rules[2].action must be \"EXPIRE\" or \"ARCHIVE\"", error(policyOf(good, good, bad)));
    }
}
