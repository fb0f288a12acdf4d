package io.mediaplane.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Vectors of the public AWS SigV4 test suite (aws-sig-v4-test-suite), recomputed here from their
 * published definition: the request, the canonical request, the string to sign and the signature.
 */
class TestSuiteVectorTest {

    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final CredentialStore STORE =
            CredentialStore.of(List.of(new Credential("AKIDEXAMPLE", SECRET, "123456789012")));
    static final SigV4Verifier VERIFIER =
            new SigV4Verifier(STORE, Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC));

    /** get-vanilla: {@code GET / HTTP/1.1}, Host example.amazonaws.com, X-Amz-Date 20150830T123600Z. */
    static TestRequest getVanilla(String query, String signature) {
        return TestRequest.of(
                "GET",
                "/",
                query,
                "Host",
                "example.amazonaws.com",
                "X-Amz-Date",
                "20150830T123600Z",
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=" + signature);
    }

    @Test
    void getVanilla() throws Exception {
        String canonical =
                "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EMPTY_SHA256;
        String stringToSign = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63";
        String published = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        // the definition, computed independently of the verifier
        assertEquals(
                stringToSign,
                "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n" + sha256(canonical));
        assertEquals(published, sign(SECRET, "20150830", "us-east-1", "service", stringToSign));

        TestRequest request = getVanilla(null, published);
        String[] signed = {"host", "x-amz-date"};
        assertEquals(
                canonical,
                CanonicalRequest.withoutPayload(request, QueryParams.parse(null), false, "host;x-amz-date", signed)
                        + EMPTY_SHA256);
        Caller caller = VERIFIER.verify(request, () -> EMPTY_SHA256);
        assertEquals(new Caller("AKIDEXAMPLE", "123456789012", "us-east-1", "service", EMPTY_SHA256), caller);

        AuthFailure f = assertThrows(
                AuthFailure.class,
                () -> VERIFIER.verify(getVanilla(null, published.replace('5', '6')), () -> EMPTY_SHA256));
        assertEquals("InvalidSignatureException", f.code());
    }

    @Test
    void getVanillaQueryOrderKeyCase() throws Exception {
        String canonical = "GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EMPTY_SHA256;
        String published = "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";
        assertEquals(
                published,
                sign(
                        SECRET,
                        "20150830",
                        "us-east-1",
                        "service",
                        "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                                + sha256(canonical)));

        assertDoesNotThrow(
                () -> VERIFIER.verify(getVanilla("Param2=value2&Param1=value1", published), () -> EMPTY_SHA256));
    }

    @Test
    void dateHeaderStandsInForXAmzDate() throws Exception {
        // botocore sends Date instead of X-Amz-Date when the request already has one; the string to sign
        // still carries the basic-format timestamp.
        String canonical = "GET\n/\n\ndate:Sun, 30 Aug 2015 12:36:00 GMT\nhost:example.amazonaws.com\n\n"
                + "date;host\n" + EMPTY_SHA256;
        String signature = sign(
                SECRET,
                "20150830",
                "us-east-1",
                "service",
                "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n" + sha256(canonical));
        TestRequest request = TestRequest.of(
                "GET",
                "/",
                null,
                "Host",
                "example.amazonaws.com",
                "Date",
                "Sun, 30 Aug 2015 12:36:00 GMT",
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=date;host, Signature=" + signature);

        assertEquals("AKIDEXAMPLE", VERIFIER.verify(request, () -> EMPTY_SHA256).accessKeyId());
    }

    /** The SigV4 definition: HMAC chain "AWS4"+secret, date, region, service, "aws4_request", then the string. */
    static String sign(String secret, String date, String region, String service, String stringToSign)
            throws Exception {
        byte[] key = ("AWS4" + secret).getBytes(StandardCharsets.UTF_8);
        for (String part : new String[] {date, region, service, "aws4_request"}) {
            key = hmac(key, part);
        }
        return HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
