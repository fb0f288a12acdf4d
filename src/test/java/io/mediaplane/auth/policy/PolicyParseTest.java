package io.mediaplane.auth.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyParseTest {
    static final String ARN = "arn:aws:mediastore:us-east-1:111122223333:container/movies/*";

    /** A one-statement policy; {@code body} is the inside of the statement object. */
    static String policy(String body) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{" + body + "}]}";
    }

    static String ok(String extra) {
        return policy("\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"mediastore:GetObject\",\"Resource\":\""
                + ARN + "\"" + extra);
    }

    @Test
    void parsesTheDocumentedPublicReadPolicyIntoItsParts() {
        String json = """
                {"Version": "2012-10-17", "Id": "p1",
                 "Statement": [{"Sid": "PublicReadOverHttps", "Effect": "Allow", "Principal": "*",
                   "Action": ["mediastore:GetObject", "mediastore:DescribeObject"],
                   "Resource": "arn:aws:mediastore:us-east-1:111122223333:container/movies/*",
                   "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}""";
        PolicyDocument doc = PolicyDocument.parse(json);
        assertEquals(json, doc.originalJson());
        assertEquals("2012-10-17", doc.version());
        assertEquals("p1", doc.id());
        Statement s = doc.statements().get(0);
        assertEquals("PublicReadOverHttps", s.sid());
        assertEquals(Statement.Effect.ALLOW, s.effect());
        assertEquals(Map.of("AWS", List.of("*")), s.principal());
        assertThrows(
                UnsupportedOperationException.class,
                () -> s.principal().get("AWS").add("x"));
        assertEquals(List.of("mediastore:GetObject", "mediastore:DescribeObject"), s.actions());
        assertEquals(List.of(ARN), s.resources());
        assertFalse(s.notPrincipal() || s.notAction() || s.notResource());
        assertEquals(1, s.conditions().size());
        assertEquals("Bool", s.conditions().get(0).operator());
        assertEquals("aws:SecureTransport", s.conditions().get(0).key());
        assertEquals(List.of("true"), s.conditions().get(0).values());
    }

    @Test
    void acceptsASingleStatementObjectAndDefaultsTheVersionLikeIam() {
        PolicyDocument doc = PolicyDocument.parse("{\"Statement\":{\"Effect\":\"Deny\",\"NotPrincipal\":"
                + "{\"AWS\":[\"111122223333\",\"arn:aws:iam::111122223333:user/a\"]},\"NotAction\":\"mediastore:Get*\","
                + "\"NotResource\":[\"" + ARN + "\"]}}");
        assertEquals("2008-10-17", doc.version());
        assertNull(doc.id());
        Statement s = doc.statements().get(0);
        assertTrue(s.notPrincipal() && s.notAction() && s.notResource());
        assertEquals(Statement.Effect.DENY, s.effect());
        assertNull(s.sid());
    }

    @Test
    void conditionValuesMayBeNumbersAndBooleansAndOtherPrincipalTypesParse() {
        PolicyDocument doc = PolicyDocument.parse(policy("\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                + "\"cloudfront.amazonaws.com\",\"AWS\":\"*\"},\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":"
                + "{\"NumericLessThan\":{\"s3:max-keys\":10},\"Bool\":{\"aws:SecureTransport\":true}}"));
        Statement s = doc.statements().get(0);
        assertEquals(List.of("cloudfront.amazonaws.com"), s.principal().get("Service"));
        assertEquals(List.of("10"), s.conditions().get(0).values());
        assertEquals(List.of("true"), s.conditions().get(1).values());
    }

    @Test
    void acceptsExactlyMaxLengthButNotOneMore() {
        String base = ok("");
        String padded = base + " ".repeat(PolicyDocument.MAX_LENGTH - base.length());
        assertEquals(
                PolicyDocument.MAX_LENGTH,
                PolicyDocument.parse(padded).originalJson().length());
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyDocument.parse(padded + " "));
        assertEquals("Policy document is 8193 characters; the maximum is 8192", e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                                          | Policy document must not be empty
            `{"Statement":[], "Version":"2012-10-17"}`                 | Statement must not be an empty array
            `{"Version":"2012-10-17"}`                                 | Policy document is missing the required Statement element
            `{"Statement":"x"}`                                        | Statement must be an object or an array of objects
            `{"Statement":["x"]}`                                      | Statement[0] must be a JSON object
            `[1]`                                                      | Policy document must be a JSON object
            `{"Version":"2012-10-18","Statement":{}}`                  | Version must be "2012-10-17" or "2008-10-17"
            `{"Version":"2012-10-17","Statment":{}}`                   | Policy document has unknown top-level element 'Statment'
            `{"Id":5,"Statement":{}}`                                  | Id must be a string
            """)
    void rejectsMalformedDocuments(String json, String message) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyDocument.parse(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsNonAsciiInvalidJsonDuplicateKeysAndTrailingGarbage() {
        assertEquals(
                "Policy document contains a non-ASCII character at offset 1",
                assertThrows(PolicyException.class, () -> PolicyDocument.parse(" \u00e9"))
                        .getMessage());
        assertTrue(assertThrows(PolicyException.class, () -> PolicyDocument.parse("{\"Statement\":"))
                .getMessage()
                .startsWith("Policy document is not valid JSON: "));
        String dup = policy(
                "\"Effect\":\"Allow\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"");
        assertTrue(assertThrows(PolicyException.class, () -> PolicyDocument.parse(dup))
                .getMessage()
                .contains("Duplicate field 'Effect'"));
        assertTrue(assertThrows(PolicyException.class, () -> PolicyDocument.parse(ok("") + " {}"))
                .getMessage()
                .startsWith("Policy document is not valid JSON"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"Principal":"*","Action":"*","Resource":"*"`                            | Statement[0] is missing the required Effect element
            `"Effect":"allow","Principal":"*","Action":"*","Resource":"*"`           | Statement[0].Effect must be Allow or Deny
            `"Effect":true,"Principal":"*","Action":"*","Resource":"*"`              | Statement[0].Effect must be Allow or Deny
            `"Effect":"Allow","Action":"*","Resource":"*"`                           | Statement[0] must contain Principal or NotPrincipal (a resource-based policy must name its principals)
            `"Effect":"Deny","Principal":"*","NotPrincipal":"*","Action":"*","Resource":"*"` | Statement[0] must not contain both Principal and NotPrincipal
            `"Effect":"Allow","NotPrincipal":{"AWS":"111122223333"},"Action":"*","Resource":"*"` | Statement[0]: NotPrincipal must be used with "Effect": "Deny"
            `"Effect":"Allow","Principal":"me","Action":"*","Resource":"*"`          | Statement[0].Principal must be "*" or an object such as {"AWS": "123456789012"}
            `"Effect":"Allow","Principal":{},"Action":"*","Resource":"*"`            | Statement[0].Principal must be "*" or a non-empty object such as {"AWS": "*"}
            `"Effect":"Allow","Principal":{"IAM":"*"},"Action":"*","Resource":"*"`   | Statement[0].Principal has unknown principal type 'IAM' (expected AWS, Service, Federated or CanonicalUser)
            `"Effect":"Allow","Principal":{"AWS":"1234"},"Action":"*","Resource":"*"` | Statement[0].Principal.AWS '1234' is not a valid principal: use "*", a 12-digit account ID or an IAM/STS ARN (partial wildcards are not allowed)
            `"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/*"},"Action":"*","Resource":"*"` | Statement[0].Principal.AWS 'arn:aws:iam::111122223333:user/*' is not a valid principal: use "*", a 12-digit account ID or an IAM/STS ARN (partial wildcards are not allowed)
            `"Effect":"Allow","Principal":{"AWS":[]},"Action":"*","Resource":"*"`    | Statement[0].Principal.AWS must not be an empty array
            `"Effect":"Allow","Principal":"*","Resource":"*"`                        | Statement[0] must contain Action or NotAction
            `"Effect":"Allow","Principal":"*","Action":"*","NotAction":"*","Resource":"*"` | Statement[0] must not contain both Action and NotAction
            `"Effect":"Allow","Principal":"*","Action":[],"Resource":"*"`            | Statement[0].Action must not be an empty array
            `"Effect":"Allow","Principal":"*","Action":["mediastore:GetObject",7],"Resource":"*"` | Statement[0].Action must be a string or an array of strings, not NUMBER
            `"Effect":"Allow","Principal":"*","Action":{"a":1},"Resource":"*"`       | Statement[0].Action must be a string or an array of strings, not OBJECT
            `"Effect":"Allow","Principal":"*","Action":"GetObject","Resource":"*"`   | Statement[0].Action 'GetObject' must be "*" or prefixed with a service, e.g. mediastore:GetObject
            `"Effect":"Allow","Principal":"*","NotAction":"mediastore:","Resource":"*"` | Statement[0].NotAction 'mediastore:' must be "*" or prefixed with a service, e.g. mediastore:GetObject
            `"Effect":"Allow","Principal":"*","Action":"*"`                          | Statement[0] must contain Resource or NotResource
            `"Effect":"Allow","Principal":"*","Action":"*","Resource":"*","NotResource":"*"` | Statement[0] must not contain both Resource and NotResource
            `"Effect":"Allow","Principal":"*","Action":"*","Resource":"movies/*"`    | Statement[0].Resource 'movies/*' must be "*" or an ARN (arn:partition:service:region:account:resource)
            `"Effect":"Allow","Principal":"*","Action":"*","NotResource":[null]`     | Statement[0].NotResource must be a string or an array of strings, not NULL
            `"Sid":1,"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"`   | Statement[0].Sid must be a string
            `"Effect":"Allow","Principal":"*","Action":"*","Resource":"*","Extra":1` | Statement[0] has unknown element 'Extra'
            """)
    void rejectsMalformedStatements(String body, String message) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyDocument.parse(policy(body)));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `"Condition":[]`                                                 | Statement[0].Condition must be a non-empty object of condition operators
            `"Condition":{}`                                                 | Statement[0].Condition must be a non-empty object of condition operators
            `"Condition":{"StringEquals":"x"}`                               | Statement[0].Condition.StringEquals must be a non-empty object of condition keys
            `"Condition":{"StringMatches":{"aws:Referer":"x"}}`              | Statement[0].Condition has unknown condition operator 'StringMatches'
            `"Condition":{"NullIfExists":{"aws:Referer":"true"}}`            | Statement[0].Condition.NullIfExists: IfExists cannot be used with the Null operator
            `"Condition":{"ForAnyValue:Null":{"aws:Referer":"true"}}`        | Statement[0].Condition.ForAnyValue:Null: ForAnyValue/ForAllValues cannot qualify Null
            `"Condition":{"Null":{"aws:Referer":"maybe"}}`                   | Statement[0].Condition.Null["aws:Referer"]: 'maybe' must be true or false
            `"Condition":{"StringEquals":{"Referer":"x"}}`                   | Statement[0].Condition.StringEquals["Referer"]: condition key must be prefixed with a service, e.g. aws:SourceIp
            `"Condition":{"StringEquals":{"aws:Referer":[]}}`                | Statement[0].Condition.StringEquals["aws:Referer"] must not be an empty array
            `"Condition":{"StringEquals":{"aws:Referer":{"a":"b"}}}`         | Statement[0].Condition.StringEquals["aws:Referer"] must be a string, number or boolean, or an array of them, not OBJECT
            `"Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/33"}}`       | Statement[0].Condition.IpAddress["aws:SourceIp"]: '10.0.0.0/33' has a prefix length over 32
            `"Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.256"}}`        | Statement[0].Condition.IpAddress["aws:SourceIp"]: '10.0.0.256' is not a valid IPv4 or IPv6 address or CIDR block
            `"Condition":{"NotIpAddress":{"aws:SourceIp":"2001:db8::/129"}}` | Statement[0].Condition.NotIpAddress["aws:SourceIp"]: '2001:db8::/129' has a prefix length over 128
            `"Condition":{"IpAddress":{"aws:SourceIp":"2001:db8:::1"}}`      | Statement[0].Condition.IpAddress["aws:SourceIp"]: '2001:db8:::1' is not a valid IPv4 or IPv6 address or CIDR block
            `"Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/x"}}`        | Statement[0].Condition.IpAddress["aws:SourceIp"]: '10.0.0.0/x' is not a valid CIDR block
            `"Condition":{"NumericLessThan":{"s3:max-keys":"ten"}}`          | Statement[0].Condition.NumericLessThan["s3:max-keys"]: 'ten' is not a number
            `"Condition":{"DateGreaterThan":{"aws:CurrentTime":"yesterday"}}` | Statement[0].Condition.DateGreaterThan["aws:CurrentTime"]: 'yesterday' is not an ISO 8601 date/time or epoch seconds
            `"Condition":{"DateLessThan":{"aws:CurrentTime":"2024-13-01"}}`  | Statement[0].Condition.DateLessThan["aws:CurrentTime"]: '2024-13-01' is not an ISO 8601 date/time or epoch seconds
            """)
    void rejectsMalformedConditions(String condition, String message) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyDocument.parse(ok("," + condition)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsDuplicateSidsButNotRepeatedAbsentOnes() {
        String stmt = "{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}";
        String anon = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}";
        PolicyException e = assertThrows(
                PolicyException.class,
                () -> PolicyDocument.parse("{\"Statement\":[" + stmt + "," + anon + "," + stmt + "]}"));
        assertEquals("Statement[2].Sid 'A' is not unique in the policy", e.getMessage());
        assertEquals(
                3,
                PolicyDocument.parse("{\"Statement\":[" + anon + "," + anon + "," + stmt + "]}")
                        .statements()
                        .size());
    }

    @Test
    void reportsTheIndexOfTheBadStatement() {
        String good = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}";
        String bad = "{\"Effect\":\"Permit\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}";
        PolicyException e = assertThrows(
                PolicyException.class, () -> PolicyDocument.parse("{\"Statement\":[" + good + "," + bad + "]}"));
        assertEquals("Statement[1].Effect must be Allow or Deny", e.getMessage());
    }
}
