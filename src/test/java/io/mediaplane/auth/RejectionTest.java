package io.mediaplane.auth;

import static io.mediaplane.auth.SdkSigner.SIGNED_AT;
import static io.mediaplane.auth.SdkSigner.request;
import static io.mediaplane.auth.SdkSigner.sha256Hex;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.SdkHttpMethod;

/** Every way a request can fail authentication, with the exact AWS error code and HTTP status. */
class RejectionTest {

    static final String ARN_PATH =
            "/tags/arn%3Aaws%3Amediatailor%3Aus-east-1%3A000000000000%3AplaybackConfiguration%2Fcfg";
    static final Supplier<String> EMPTY_BODY = () -> sha256Hex("");

    /** A header-signed MediaTailor request with a query, a signed target header and the real body hash. */
    static TestRequest signed() {
        return SdkSigner.as("test", "test")
                .service("mediatailor")
                .sign(
                        SdkHttpMethod.POST,
                        request("http://127.0.0.1:4566" + ARN_PATH)
                                .appendRawQueryParameter("tagKeys", "a b")
                                .appendRawQueryParameter("tagKeys", "c")
                                .putHeader("X-Amz-Target", "x.y"),
                        "{}");
    }

    static TestRequest presigned(Duration expires) {
        return SdkSigner.as("test", "test")
                .presign(expires)
                .sign(
                        SdkHttpMethod.GET,
                        request("http://127.0.0.1:4566/a/b").appendRawQueryParameter("Path", "/x"),
                        null);
    }

    static SigV4Verifier verifierAt(Instant now) {
        return new SigV4Verifier(CredentialStore.defaults(), Clock.fixed(now, ZoneOffset.UTC));
    }

    static AuthFailure reject(String code, int status, TestRequest request) {
        return reject(code, status, verifierAt(SIGNED_AT), request);
    }

    static AuthFailure reject(String code, int status, SigV4Verifier verifier, TestRequest request) {
        AuthFailure failure = assertThrows(AuthFailure.class, () -> verifier.verify(request, () -> sha256Hex("{}")));
        assertEquals(code + " " + status, failure.code() + " " + failure.status(), failure.getMessage());
        return failure;
    }

    static String authorization(TestRequest r) {
        return r.headerValues("Authorization").get(0);
    }

    @Test
    void theUntamperedRequestsVerify() {
        assertDoesNotThrow(() -> verifierAt(SIGNED_AT).verify(signed(), () -> sha256Hex("{}")));
        assertDoesNotThrow(() -> verifierAt(SIGNED_AT).verify(presigned(Duration.ofMinutes(1)), EMPTY_BODY));
    }

    @Test
    void wrongSecret() {
        TestRequest r = SdkSigner.as("test", "not-test").sign(SdkHttpMethod.GET, request("http://h/x"), null);
        AuthFailure f = reject("InvalidSignatureException", 403, r);
        assertTrue(
                f.getMessage()
                        .startsWith("The request signature we calculated does not match the signature you "
                                + "provided. Check your AWS Secret Access Key and signing method."),
                f.getMessage());
        assertTrue(f.getMessage().contains("--credentials"), f.getMessage());
        assertTrue(f.diagnostic().startsWith("CanonicalRequest:\nGET\n/x\n"), f.diagnostic());
    }

    @Test
    void unknownAccessKey() {
        TestRequest r = SdkSigner.as("AKIDUNKNOWN", "x").sign(SdkHttpMethod.GET, request("http://h/x"), null);
        AuthFailure f = reject("UnrecognizedClientException", 403, r);
        assertEquals(
                "The security token included in the request is invalid. Access key 'AKIDUNKNOWN' is unknown; "
                        + "Mediaplane knows the default access key 'test' (secret 'test') and those given with"
                        + " --credentials.",
                f.getMessage());
    }

    @Test
    void tamperedSignedHeaders() {
        reject("InvalidSignatureException", 403, signed().withHeader("X-Amz-Target", "x.z"));
        reject("InvalidSignatureException", 403, signed().withHeader("Host", "127.0.0.1:4567"));
        reject("InvalidSignatureException", 403, signed().without("X-Amz-Target"));
    }

    @Test
    void unsignedHeadersMayChange() {
        assertDoesNotThrow(() -> verifierAt(SIGNED_AT)
                .verify(
                        signed().withHeader("User-Agent", "proxy").withHeader("Cache-Control", "no-cache"),
                        () -> sha256Hex("{}")));
    }

    @Test
    void tamperedPath() {
        reject("InvalidSignatureException", 403, signed().withPath(ARN_PATH.replace("cfg", "cfh")));
        // a server that decodes the label before verifying loses the double encoding
        reject("InvalidSignatureException", 403, signed().withPath(ARN_PATH.replace("%2F", "/")));
        reject("InvalidSignatureException", 403, signed().withPath(ARN_PATH.replace("%3A", ":")));
    }

    @Test
    void tamperedQuery() {
        TestRequest r = signed();
        reject("InvalidSignatureException", 403, r.withQuery(r.rawQuery().replace("a%20b", "a%20c")));
        reject("InvalidSignatureException", 403, r.withQuery(r.rawQuery().replace("a%20b", "a+b")));
        reject("InvalidSignatureException", 403, r.withQuery(r.rawQuery() + "&force=true"));
        reject("InvalidSignatureException", 403, r.withQuery("tagKeys=c"));
        // order and escape case are not significant
        assertDoesNotThrow(
                () -> verifierAt(SIGNED_AT).verify(r.withQuery("tagKeys=c&tagKeys=a%20b"), () -> sha256Hex("{}")));
    }

    @Test
    void tamperedMethod() {
        reject("InvalidSignatureException", 403, signed().withMethod("PUT"));
    }

    @Test
    void tamperedContentSha256() {
        reject("InvalidSignatureException", 403, signed().withHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD"));
        reject("InvalidSignatureException", 403, signed().withHeader("x-amz-content-sha256", sha256Hex("{ }")));
    }

    @Test
    void tamperedSignature() {
        TestRequest r = signed();
        String auth = authorization(r);
        char last = auth.charAt(auth.length() - 1);
        reject(
                "InvalidSignatureException",
                403,
                r.withHeader("Authorization", auth.substring(0, auth.length() - 1) + (last == '0' ? '1' : '0')));
        reject("InvalidSignatureException", 403, r.withHeader("Authorization", auth.substring(0, auth.length() - 1)));
        reject(
                "InvalidSignatureException",
                403,
                r.withHeader("Authorization", auth.substring(0, auth.length() - 1) + "g"));
    }

    @Test
    void clockSkewBeyondFifteenMinutesEitherWay() {
        TestRequest r = signed();
        AuthFailure late =
                reject("InvalidSignatureException", 403, verifierAt(Instant.parse("2025-01-01T00:25:00Z")), r);
        assertEquals(
                "Signature expired: 20250101T000000Z is now earlier than 20250101T001000Z "
                        + "(20250101T002500Z - 15 min.)",
                late.getMessage());
        reject("InvalidSignatureException", 403, verifierAt(SIGNED_AT.plusSeconds(15 * 60 + 1)), r);
        AuthFailure early =
                reject("InvalidSignatureException", 403, verifierAt(Instant.parse("2024-12-31T23:40:00Z")), r);
        assertEquals(
                "Signature not yet current: 20250101T000000Z is still later than 20241231T235500Z "
                        + "(20241231T234000Z + 15 min.)",
                early.getMessage());
        reject("InvalidSignatureException", 403, verifierAt(SIGNED_AT.minusSeconds(15 * 60 + 1)), r);
        // the limits themselves are accepted
        assertDoesNotThrow(() -> verifierAt(SIGNED_AT.plusSeconds(15 * 60)).verify(r, () -> sha256Hex("{}")));
        assertDoesNotThrow(() -> verifierAt(SIGNED_AT.minusSeconds(15 * 60)).verify(r, () -> sha256Hex("{}")));
    }

    @Test
    void expiredPresign() {
        TestRequest r = presigned(Duration.ofSeconds(300));
        assertDoesNotThrow(() -> verifierAt(SIGNED_AT.plusSeconds(300)).verify(r, EMPTY_BODY));
        AuthFailure f = reject("InvalidSignatureException", 403, verifierAt(SIGNED_AT.plusSeconds(301)), r);
        assertTrue(f.getMessage().startsWith("Signature expired: "), f.getMessage());
        // a presigned URL is not bound by the 15-minute skew while it is valid...
        TestRequest week = presigned(Duration.ofDays(7));
        assertDoesNotThrow(() -> verifierAt(SIGNED_AT.plus(Duration.ofDays(6))).verify(week, EMPTY_BODY));
        // ...but may not come from the future
        f = reject("InvalidSignatureException", 403, verifierAt(SIGNED_AT.minusSeconds(16 * 60)), r);
        assertTrue(f.getMessage().startsWith("Signature not yet current: "), f.getMessage());
    }

    @Test
    void scopeDateMustMatchXAmzDate() {
        TestRequest r = signed();
        AuthFailure f = reject(
                "InvalidSignatureException",
                403,
                r.withHeader("Authorization", authorization(r).replace("/20250101/", "/20241231/")));
        assertEquals(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                        + "'20241231' != '20250101', from '20250101T000000Z'.",
                f.getMessage());
    }

    @Test
    void missingSignedHeaders() {
        TestRequest r = signed();
        String auth = authorization(r).replaceAll("SignedHeaders=[^,]*, ", "");
        AuthFailure f = reject("IncompleteSignatureException", 400, r.withHeader("Authorization", auth));
        assertTrue(
                f.getMessage().startsWith("Authorization header requires 'SignedHeaders' parameter."), f.getMessage());
    }

    @Test
    void hostMustBeSigned() {
        TestRequest r = signed();
        String auth = authorization(r).replace("SignedHeaders=host;", "SignedHeaders=");
        AuthFailure f = reject("IncompleteSignatureException", 400, r.withHeader("Authorization", auth));
        assertEquals("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", f.getMessage());
        TestRequest p = presigned(Duration.ofMinutes(1));
        reject(
                "IncompleteSignatureException",
                400,
                p.withQuery(p.rawQuery().replace("SignedHeaders=host", "SignedHeaders=x")));
    }

    @Test
    void unsignedSessionTokenHeader() {
        reject("IncompleteSignatureException", 400, signed().withHeader("X-Amz-Security-Token", "token"));
    }

    @Test
    void missingOrMalformedDate() {
        AuthFailure f = reject("IncompleteSignatureException", 400, signed().without("X-Amz-Date"));
        assertEquals(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.", f.getMessage());
        reject("IncompleteSignatureException", 400, signed().withHeader("X-Amz-Date", "2025-01-01T00:00:00Z"));
        reject("IncompleteSignatureException", 400, signed().withHeader("X-Amz-Date", "20251301T000000Z"));
        reject(
                "IncompleteSignatureException",
                400,
                signed().without("X-Amz-Date").withHeader("Date", "yesterday"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "AWS4-HMAC-SHA256",
                "AWS test:c2lnbmF0dXJl",
                "Bearer abc",
                "AWS4-HMAC-SHA256Credential=test/20250101/us-east-1/mediatailor/aws4_request",
                "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/mediatailor/aws4_request, SignedHeaders=host;x-amz-date",
                "AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=00",
                "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/mediatailor/aws4_reqest, SignedHeaders=host, Signature=0",
                "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/aws4_request, SignedHeaders=host, Signature=0",
                "AWS4-HMAC-SHA256 Credential=test/2025-01-01/us-east-1/mediatailor/aws4_request, SignedHeaders=host, Signature=0",
                "AWS4-HMAC-SHA256 Credential=test/20250101//mediatailor/aws4_request, SignedHeaders=host, Signature=0",
                "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1//aws4_request, SignedHeaders=host, Signature=0",
                "AWS4-HMAC-SHA256 Credential=/20250101/us-east-1/mediatailor/aws4_request, SignedHeaders=host, Signature=0",
                "AWS4-HMAC-SHA256 Credential, SignedHeaders=host, Signature=0",
                "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/mediatailor/aws4_request, SignedHeaders=host;;x, Signature=0",
                "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/mediatailor/aws4_request, SignedHeaders=host, Signature=0, Signature=1",
            })
    void malformedAuthorization(String authorization) {
        reject("IncompleteSignatureException", 400, signed().withHeader("Authorization", authorization));
    }

    @Test
    void twoAuthorizationHeaders() {
        TestRequest r = signed();
        TestRequest twice = TestRequest.of(
                r.method(),
                r.rawPath(),
                r.rawQuery(),
                "Host",
                "127.0.0.1:4566",
                "Authorization",
                authorization(r),
                "Authorization",
                authorization(r));
        reject("IncompleteSignatureException", 400, twice);
    }

    @Test
    void toleratesSpacingInAuthorization() {
        TestRequest r = signed();
        for (String auth : new String[] {
            authorization(r).replace(", ", ","),
            authorization(r).replace(", ", " ,  "),
            "  " + authorization(r).replace(" ", "\t") + " "
        }) {
            assertDoesNotThrow(
                    () -> verifierAt(SIGNED_AT).verify(r.withHeader("Authorization", auth), () -> sha256Hex("{}")),
                    auth);
        }
    }

    @Test
    void presignProblems() {
        TestRequest p = presigned(Duration.ofMinutes(1));
        String q = p.rawQuery();
        AuthFailure f = reject(
                "IncompleteSignatureException", 400, p.withQuery(q.replaceAll("&X-Amz-Signature=[0-9a-f]+", "")));
        assertTrue(f.getMessage().endsWith("Missing: X-Amz-Signature."), f.getMessage());
        reject("IncompleteSignatureException", 400, p.withQuery(q.replace("X-Amz-Expires=60", "X-Amz-Expires=0")));
        reject("IncompleteSignatureException", 400, p.withQuery(q.replace("X-Amz-Expires=60", "X-Amz-Expires=604801")));
        reject("IncompleteSignatureException", 400, p.withQuery(q.replace("X-Amz-Expires=60", "X-Amz-Expires=-1")));
        reject("IncompleteSignatureException", 400, p.withQuery(q.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1")));
        reject(
                "IncompleteSignatureException",
                400,
                p.withQuery(q.replace("X-Amz-Date=20250101T000000Z", "X-Amz-Date=2025")));
        reject("IncompleteSignatureException", 400, p.withQuery(q + "&X-Amz-Date=20250101T000000Z"));
        reject("IncompleteSignatureException", 400, p.withHeader("Authorization", authorization(signed())));
        reject("InvalidSignatureException", 403, p.withQuery(q.replace("Path=%2Fx", "Path=%2Fy")));
        reject("InvalidSignatureException", 403, p.withQuery(q.replace("X-Amz-Expires=60", "X-Amz-Expires=61")));
        reject(
                "UnrecognizedClientException",
                403,
                p.withQuery(q.replace("X-Amz-Credential=test", "X-Amz-Credential=nobody")));
    }

    @Test
    void notSignedAtAll() {
        reject("MissingAuthenticationTokenException", 403, TestRequest.of("GET", "/", null, "Host", "h"));
    }
}
