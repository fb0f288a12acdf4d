package io.mediaplane.auth.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTest {

    /** Evaluates {@code operator: {"svc:Key": policyValues}} against {@code svc:key = requestValues}. */
    static boolean holds(String operator, String policyValues, String requestValues) {
        Condition c = Condition.of(operator, "svc:Key", Arrays.asList(policyValues.split(";", -1)), "test");
        Map<String, List<String>> context = requestValues.equals("<absent>")
                ? Map.of()
                : requestValues.equals("<empty>")
                        ? Map.of("svc:key", List.of())
                        : Map.of("svc:key", Arrays.asList(requestValues.split(";", -1)));
        return c.test(context);
    }

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            StringEquals                | abc          | abc           | true
            StringEquals                | abc          | ABC           | false
            StringEquals                | x;abc        | abc           | true
            StringEquals                | abc          | <absent>      | false
            StringEquals                | abc          | <empty>       | false
            StringNotEquals             | abc          | abd           | true
            StringNotEquals             | abc;abd      | abd           | false
            StringNotEquals             | abc          | <absent>      | true
            StringEqualsIgnoreCase      | AbC          | aBc           | true
            StringEqualsIgnoreCase      | AbC          | aBd           | false
            StringNotEqualsIgnoreCase   | AbC          | aBc           | false
            StringNotEqualsIgnoreCase   | AbC          | xyz           | true
            StringLike                  | https://*.example.com/*   | https://www.example.com/a  | true
            StringLike                  | https://*.example.com/*   | https://example.com/a      | false
            StringLike                  | seg-??.ts    | seg-01.ts     | true
            StringLike                  | seg-??.ts    | seg-1.ts      | false
            StringLike                  | *            | anything      | true
            StringLike                  | Abc*         | abcd          | false
            StringNotLike               | *.m3u8       | a.ts          | true
            StringNotLike               | *.m3u8       | a.m3u8        | false
            StringNotLike               | *.m3u8       | <absent>      | true
            StringLike                  | *            | <absent>      | false
            StringEqualsIfExists        | abc          | <absent>      | true
            StringEqualsIfExists        | abc          | abd           | false
            StringEqualsIfExists        | abc          | abc           | true
            StringNotEqualsIfExists     | abc          | abc           | false
            StringNotEqualsIfExists     | abc          | <absent>      | true
            NumericEquals               | 10           | 10.0          | true
            NumericEquals               | 10           | 11            | false
            NumericNotEquals            | 10           | 11            | true
            NumericNotEquals            | 10           | 10            | false
            NumericLessThan             | 10           | 9             | true
            NumericLessThan             | 10           | 10            | false
            NumericLessThanEquals       | 10           | 10            | true
            NumericLessThanEquals       | 10           | 11            | false
            NumericGreaterThan          | 10           | 11            | true
            NumericGreaterThan          | 10           | 10            | false
            NumericGreaterThanEquals    | 10           | 10            | true
            NumericGreaterThanEquals    | 10           | 9             | false
            NumericLessThan             | 10           | nine          | false
            NumericLessThan             | 10           | <absent>      | false
            NumericLessThanIfExists     | 10           | <absent>      | true
            DateEquals                  | 2024-01-01T00:00:00Z      | 1704067200                 | true
            DateEquals                  | 2024-01-01                | 2024-01-01T00:00:00Z       | true
            DateNotEquals               | 2024-01-01T00:00:00Z      | 2024-01-01T00:00:01Z       | true
            DateNotEquals               | 2024-01-01T00:00:00Z      | 2024-01-01T01:00:00+01:00  | false
            DateLessThan                | 2024-06-01T00:00:00Z      | 2024-05-31T23:59:59Z       | true
            DateLessThan                | 2024-06-01T00:00:00Z      | 2024-06-01T00:00:00Z       | false
            DateLessThanEquals          | 2024-06-01T00:00:00Z      | 2024-06-01T00:00:00Z       | true
            DateGreaterThan             | 2024-06-01T00:00:00Z      | 2024-06-01T00:00:00.001Z   | true
            DateGreaterThan             | 2024-06-01                | 2024-05-31T12:00Z          | false
            DateGreaterThanEquals       | 2024-06                   | 2024-06-01T00:00:00        | true
            DateGreaterThanEquals       | 1717200000                | 1717199999                 | false
            DateLessThan                | 2024-06-01T00:00:00Z      | garbage                    | false
            Bool                        | true         | true          | true
            Bool                        | true         | TRUE          | true
            Bool                        | true         | false         | false
            Bool                        | false        | <absent>      | false
            BoolIfExists                | false        | <absent>      | true
            BinaryEquals                | QmluYXJ5     | QmluYXJ5      | true
            BinaryEquals                | QmluYXJ5     | qmluyxj5      | false
            IpAddress                   | 10.0.0.0/8   | 10.200.3.4    | true
            IpAddress                   | 10.0.0.0/8   | 11.0.0.1      | false
            IpAddress                   | 203.0.113.5  | 203.0.113.5   | true
            IpAddress                   | 203.0.113.5  | 203.0.113.6   | false
            IpAddress                   | 2001:db8::/64 | 2001:db8::ab:1 | true
            IpAddress                   | 2001:db8::/64 | 2001:db8:0:1::1 | false
            IpAddress                   | 10.0.0.0/8   | 2001:db8::1   | false
            NotIpAddress                | 10.0.0.0/8   | 11.0.0.1      | true
            NotIpAddress                | 10.0.0.0/8   | 10.0.0.1      | false
            NotIpAddress                | 10.0.0.0/8   | <absent>      | true
            ArnEquals                   | arn:aws:iam::111122223333:user/a | arn:aws:iam::111122223333:user/a | true
            ArnEquals                   | arn:aws:iam::111122223333:user/a | arn:aws:iam::111122223333:user/b | false
            ArnLike                     | arn:aws:iam::*:user/*            | arn:aws:iam::111122223333:user/x | true
            ArnLike                     | arn:aws:iam::*:user/*            | arn:aws:sts::111122223333:assumed-role/r/s | false
            ArnLike                     | arn:aws:iam::*:*                 | not-an-arn    | false
            ArnLike                     | arn:aws:mediastore:*:*:container/??/* | arn:aws:mediastore:us-east-1:111122223333:container/tv/a | true
            ArnNotEquals                | arn:aws:iam::111122223333:user/a | arn:aws:iam::111122223333:user/b | true
            ArnNotLike                  | arn:aws:iam::*:user/*            | arn:aws:iam::111122223333:user/x | false
            ArnNotLike                  | arn:aws:iam::*:user/*            | <absent>      | true
            Null                        | true         | <absent>      | true
            Null                        | true         | <empty>       | true
            Null                        | true         | x             | false
            Null                        | false        | x             | true
            Null                        | false        | <absent>      | false
            ForAnyValue:StringEquals    | a;b          | c;b           | true
            ForAnyValue:StringEquals    | a;b          | c;d           | false
            ForAnyValue:StringEquals    | a;b          | <absent>      | false
            ForAnyValue:StringLike      | tv-*         | x;tv-1        | true
            ForAllValues:StringEquals   | a;b          | a;b;a         | true
            ForAllValues:StringEquals   | a;b          | a;c           | false
            ForAllValues:StringEquals   | a;b          | <absent>      | true
            ForAllValues:StringEquals   | a;b          | <empty>       | true
            ForAllValues:StringNotEquals | a;b         | c;d           | true
            ForAllValues:StringNotEquals | a;b         | c;a           | false
            ForAnyValue:StringNotEquals | a;b          | a;c           | true
            ForAnyValue:StringNotEquals | a;b          | a;b           | false
            ForAnyValue:StringEqualsIfExists | a     | <absent>      | true
            StringEquals                | a            | x;a           | true
            StringNotEquals             | a            | x;a           | false
            """)
    void operatorSemantics(String operator, String policyValues, String requestValues, boolean expected) {
        assertEquals(expected, holds(operator, policyValues, requestValues));
    }

    @Test
    void operatorNamesAndKeysAreCaseInsensitive() {
        assertTrue(holds("forallvalues:stringequalsifexists", "a", "a"));
        Condition c = Condition.of("StringEquals", "AWS:Referer", List.of("x"), "t");
        assertTrue(c.test(Map.of("aws:referer", List.of("x"))));
        assertFalse(c.test(Map.of("aws:referer", List.of("X"))));
        assertEquals("AWS:Referer", c.key());
    }
}
