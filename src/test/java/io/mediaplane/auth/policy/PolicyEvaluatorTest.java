package io.mediaplane.auth.policy;

import static io.mediaplane.auth.policy.Decision.ALLOW;
import static io.mediaplane.auth.policy.Decision.EXPLICIT_DENY;
import static io.mediaplane.auth.policy.Decision.IMPLICIT_DENY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
    static final String OWNER = "111122223333";
    static final String OTHER = "444455556666";
    static final String MOVIES = "arn:aws:mediastore:us-east-1:111122223333:container/movies/";
    static final String ALICE = "arn:aws:iam::111122223333:user/alice";
    static final String BOB = "arn:aws:iam::111122223333:user/bob";

    static Decision eval(
            String policy,
            String account,
            String arn,
            String action,
            String resource,
            Map<String, List<String>> context) {
        return PolicyEvaluator.evaluate(
                PolicyDocument.parse(policy), new AuthorizationRequest(account, arn, action, resource, context));
    }

    static Decision eval(String policy, String account, String arn, String action, String resource) {
        return eval(policy, account, arn, action, resource, Map.of());
    }

    static Map<String, List<String>> ctx(String key, String... values) {
        return Map.of(key, List.of(values));
    }

    static final String PUBLIC_READ = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "PublicReadOverHttps", "Effect": "Allow",
              "Principal": "*", "Action": ["mediastore:GetObject", "mediastore:DescribeObject"],
              "Resource": "arn:aws:mediastore:us-east-1:111122223333:container/movies/*",
              "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}""";

    @Test
    void publicReadOverHttpsAllowsAnyoneReadingOverTlsOnly() {
        Map<String, List<String>> tls = ctx("aws:SecureTransport", "true");
        assertEquals(ALLOW, eval(PUBLIC_READ, null, null, "mediastore:GetObject", MOVIES + "a/b.ts", tls));
        assertEquals(ALLOW, eval(PUBLIC_READ, OTHER, null, "mediastore:DescribeObject", MOVIES + "x", tls));
        assertEquals(ALLOW, eval(PUBLIC_READ, null, null, "MediaStore:getobject", MOVIES + "x", tls));
        assertEquals(
                ALLOW,
                eval(
                        PUBLIC_READ,
                        null,
                        null,
                        "mediastore:GetObject",
                        MOVIES + "x",
                        ctx("AWS:SECURETRANSPORT", "TRUE")));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        PUBLIC_READ,
                        null,
                        null,
                        "mediastore:GetObject",
                        MOVIES + "x",
                        ctx("aws:SecureTransport", "false")));
        assertEquals(IMPLICIT_DENY, eval(PUBLIC_READ, null, null, "mediastore:GetObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(PUBLIC_READ, null, null, "mediastore:PutObject", MOVIES + "x", tls));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        PUBLIC_READ,
                        null,
                        null,
                        "mediastore:GetObject",
                        "arn:aws:mediastore:us-east-1:111122223333:container/Movies/x",
                        tls));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        PUBLIC_READ,
                        null,
                        null,
                        "mediastore:GetObject",
                        "arn:aws:mediastore:us-east-1:111122223333:container/moviesX/x",
                        tls));
    }

    static final String DEFAULT = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "MediaStoreFullAccess", "Action": ["mediastore:*"],
              "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Effect": "Allow",
              "Resource": "arn:aws:mediastore:us-east-1:111122223333:container/movies/*",
              "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}""";

    @Test
    void rootArnNamesEveryPrincipalOfTheAccountButNobodyElse() {
        Map<String, List<String>> tls = ctx("aws:SecureTransport", "true");
        assertEquals(ALLOW, eval(DEFAULT, OWNER, ALICE, "mediastore:PutObject", MOVIES + "x", tls));
        assertEquals(
                ALLOW,
                eval(
                        DEFAULT,
                        OWNER,
                        "arn:aws:sts::111122223333:assumed-role/r/s",
                        "mediastore:DeleteObject",
                        MOVIES + "x",
                        tls));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        DEFAULT,
                        OTHER,
                        "arn:aws:iam::444455556666:user/alice",
                        "mediastore:PutObject",
                        MOVIES + "x",
                        tls));
        assertEquals(IMPLICIT_DENY, eval(DEFAULT, null, null, "mediastore:GetObject", MOVIES + "x", tls));
    }

    @Test
    void crossAccountByAccountIdRoleAndUser() {
        String policy = """
                {"Statement": [
                  {"Effect": "Allow", "Principal": {"AWS": "444455556666"}, "Action": "mediastore:GetObject",
                   "Resource": "arn:aws:mediastore:us-east-1:111122223333:container/movies/*"},
                  {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::777788889999:role/path/Reader",
                     "arn:aws:iam::111122223333:user/alice"]}, "Action": "mediastore:PutObject",
                   "Resource": "arn:aws:mediastore:us-east-1:111122223333:container/movies/*"}]}""";
        assertEquals(
                ALLOW, eval(policy, OTHER, "arn:aws:iam::444455556666:user/x", "mediastore:GetObject", MOVIES + "x"));
        assertEquals(
                IMPLICIT_DENY,
                eval(policy, OTHER, "arn:aws:iam::444455556666:user/x", "mediastore:PutObject", MOVIES + "x"));
        assertEquals(
                ALLOW,
                eval(
                        policy,
                        "777788889999",
                        "arn:aws:sts::777788889999:assumed-role/Reader/sess",
                        "mediastore:PutObject",
                        MOVIES + "x"));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        policy,
                        "777788889999",
                        "arn:aws:sts::777788889999:assumed-role/Writer/sess",
                        "mediastore:PutObject",
                        MOVIES + "x"));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        policy,
                        "777788889999",
                        "arn:aws:sts::777788889999:assumed-role/ReaderX/sess",
                        "mediastore:PutObject",
                        MOVIES + "x"));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        policy,
                        "777788889999",
                        "arn:aws:sts::777788889999:assumed-role/Reader/",
                        "mediastore:PutObject",
                        MOVIES + "x"));
        assertEquals(
                IMPLICIT_DENY,
                eval(
                        policy,
                        OTHER,
                        "arn:aws:sts::444455556666:assumed-role/Reader/sess",
                        "mediastore:PutObject",
                        MOVIES + "x"));
        assertEquals(ALLOW, eval(policy, OWNER, ALICE, "mediastore:PutObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, OWNER, BOB, "mediastore:PutObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, OWNER, ALICE, "mediastore:GetObject", MOVIES + "x"));
    }

    @Test
    void explicitDenyOverridesAllowWhateverTheStatementOrder() {
        String allow = "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"mediastore:*\","
                + "\"Resource\":\"" + MOVIES + "*\"}";
        String deny = "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"mediastore:Delete*\"," + "\"Resource\":\""
                + MOVIES + "*\"}";
        for (String policy : List.of(
                "{\"Statement\":[" + allow + "," + deny + "]}", "{\"Statement\":[" + deny + "," + allow + "]}")) {
            assertEquals(EXPLICIT_DENY, eval(policy, OWNER, ALICE, "mediastore:DeleteObject", MOVIES + "x"));
            assertEquals(ALLOW, eval(policy, OWNER, ALICE, "mediastore:GetObject", MOVIES + "x"));
            assertEquals(EXPLICIT_DENY, eval(policy, null, null, "mediastore:DeleteObject", MOVIES + "x"));
        }
    }

    @Test
    void notActionAllowsEverythingExceptTheListedActions() {
        String policy =
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotAction\":[\"mediastore:Delete*\","
                        + "\"mediastore:Put?bject\"],\"Resource\":\"*\"}}";
        assertEquals(ALLOW, eval(policy, OWNER, ALICE, "mediastore:GetObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, OWNER, ALICE, "mediastore:DeleteObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, OWNER, ALICE, "mediastore:PutObject", MOVIES + "x"));
        assertEquals(ALLOW, eval(policy, OWNER, ALICE, "mediastore:PutContainerPolicy", MOVIES + "x"));
    }

    @Test
    void notResourceDeniesEverythingOutsideThePublicFolder() {
        String policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"mediastore:GetObject\","
                + "\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"NotResource\":\""
                + MOVIES + "public/*\"}]}";
        assertEquals(ALLOW, eval(policy, null, null, "mediastore:GetObject", MOVIES + "public/a.ts"));
        assertEquals(EXPLICIT_DENY, eval(policy, null, null, "mediastore:GetObject", MOVIES + "private/a.ts"));
    }

    @Test
    void notPrincipalExemptsOnlyTheNamedPrincipals() {
        String policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},"
                + "\"Action\":\"mediastore:*\",\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\""
                + ALICE + "\"},\"Action\":\"mediastore:DeleteObject\",\"Resource\":\"*\"}]}";
        assertEquals(ALLOW, eval(policy, OWNER, ALICE, "mediastore:DeleteObject", MOVIES + "x"));
        assertEquals(EXPLICIT_DENY, eval(policy, OWNER, BOB, "mediastore:DeleteObject", MOVIES + "x"));
        assertEquals(EXPLICIT_DENY, eval(policy, null, null, "mediastore:DeleteObject", MOVIES + "x"));
        assertEquals(ALLOW, eval(policy, OWNER, BOB, "mediastore:GetObject", MOVIES + "x"));
    }

    @Test
    void nonAwsPrincipalTypesNeverMatchAMediaStoreCaller() {
        String policy =
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"*\",\"CanonicalUser\":\"abc\"},"
                        + "\"Action\":\"*\",\"Resource\":\"*\"}}";
        assertEquals(IMPLICIT_DENY, eval(policy, OWNER, ALICE, "mediastore:GetObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, null, null, "mediastore:GetObject", MOVIES + "x"));
    }

    static final String BY_IP = """
            {"Version": "2012-10-17", "Statement": [{"Sid": "AccessBySpecificIPAddress", "Effect": "Allow",
              "Action": ["mediastore:GetObject", "mediastore:DescribeObject"], "Principal": "*",
              "Resource": "arn:aws:mediastore:us-east-1:111122223333:container/movies/*",
              "Condition": {"IpAddress": {"aws:SourceIp": ["198.51.100.0/24", "2001:db8::/32"]},
                            "NotIpAddress": {"aws:SourceIp": ["198.51.100.188/32", "2001:db8:dead::/48"]}}}]}""";

    @Test
    void ipAddressAndNotIpAddressAreAndedForIpv4AndIpv6() {
        for (String ip : List.of("198.51.100.7", "198.51.100.255", "2001:db8::1", "2001:DB8:beef::9")) {
            assertEquals(
                    ALLOW, eval(BY_IP, null, null, "mediastore:GetObject", MOVIES + "x", ctx("aws:sourceip", ip)), ip);
        }
        for (String ip : List.of(
                "198.51.100.188",
                "198.51.101.1",
                "2001:db8:dead::5",
                "2001:db9::1",
                "not-an-ip",
                "::ffff:203.0.113.9")) {
            assertEquals(
                    IMPLICIT_DENY,
                    eval(BY_IP, null, null, "mediastore:GetObject", MOVIES + "x", ctx("aws:SourceIp", ip)),
                    ip);
        }
        assertEquals(
                ALLOW,
                eval(
                        BY_IP,
                        null,
                        null,
                        "mediastore:GetObject",
                        MOVIES + "x",
                        ctx("aws:SourceIp", "::ffff:198.51.100.7")));
        assertEquals(IMPLICIT_DENY, eval(BY_IP, null, null, "mediastore:GetObject", MOVIES + "x"));
    }

    @Test
    void derivedPrincipalKeysAreAvailableToConditions() {
        String policy = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalAccount\":\"111122223333\"},"
                + "\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:user/a*\"}}}}";
        assertEquals(ALLOW, eval(policy, OWNER, ALICE, "mediastore:GetObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, OWNER, BOB, "mediastore:GetObject", MOVIES + "x"));
        assertEquals(
                IMPLICIT_DENY,
                eval(policy, OTHER, "arn:aws:iam::444455556666:user/alice", "mediastore:GetObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, null, null, "mediastore:GetObject", MOVIES + "x"));
    }

    @Test
    void nullConditionSeparatesSignedFromAnonymousCallers() {
        String policy = "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"mediastore:Put*\","
                + "\"Resource\":\"*\",\"Condition\":{\"Null\":{\"aws:PrincipalAccount\":\"true\"}}}}";
        assertEquals(EXPLICIT_DENY, eval(policy, null, null, "mediastore:PutObject", MOVIES + "x"));
        assertEquals(IMPLICIT_DENY, eval(policy, OWNER, ALICE, "mediastore:PutObject", MOVIES + "x"));
    }
}
