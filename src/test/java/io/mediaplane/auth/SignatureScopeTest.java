package io.mediaplane.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scope the router reads before verification: service and region from either auth location. */
class SignatureScopeTest {

    @Test
    void fromAuthorizationHeader() {
        TestRequest r = TestRequest.of(
                "GET",
                "/",
                null,
                "authorization",
                "AWS4-HMAC-SHA256 Credential=AKIA/20250101/eu-west-1/mediapackage-vod/aws4_request,"
                        + "SignedHeaders=host;x-amz-date,Signature=" + "0".repeat(64));
        assertEquals(
                Optional.of(new SignatureScope("AKIA", "20250101", "eu-west-1", "mediapackage-vod")),
                SignatureScope.of(r));
    }

    @Test
    void fromPresignQuery() {
        TestRequest r = TestRequest.of(
                "GET",
                "/",
                "a=1&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                        + "&X-Amz-Credential=AKIA%2F20250101%2Fus-east-1%2Fmediaconnect%2Faws4_request&X-Amz-Date=20250101T000000Z"
                        + "&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=" + "0".repeat(64));
        assertEquals(
                Optional.of(new SignatureScope("AKIA", "20250101", "us-east-1", "mediaconnect")), SignatureScope.of(r));
    }

    @Test
    void unsignedRequestHasNoScope() {
        assertEquals(Optional.empty(), SignatureScope.of(TestRequest.of("GET", "/", "x-amz-date=1&a", "Host", "h")));
        assertEquals(Optional.empty(), SignatureScope.of(TestRequest.of("GET", "/", null)));
    }

    @Test
    void accessKeyMayContainSlashesSinceTheScopeIsSplitFromTheRight() {
        assertEquals(
                new SignatureScope("a/b", "20250101", "r", "s"), SignatureScope.parse("a/b/20250101/r/s/aws4_request"));
    }

    @Test
    void malformed() {
        TestRequest r = TestRequest.of("GET", "/", null, "Authorization", "AWS4-HMAC-SHA256 Credential=x/y");
        AuthFailure f = assertThrows(AuthFailure.class, () -> SignatureScope.of(r));
        assertEquals("IncompleteSignatureException 400", f.code() + " " + f.status());
        TestRequest p = TestRequest.of("GET", "/", "X-Amz-Algorithm=AWS4-HMAC-SHA256");
        assertEquals(
                "IncompleteSignatureException",
                assertThrows(AuthFailure.class, () -> SignatureScope.of(p)).code());
    }
}
