package io.mediaplane.auth;

import static io.mediaplane.auth.SdkSigner.SIGNED_AT;
import static io.mediaplane.auth.SdkSigner.request;
import static io.mediaplane.auth.SdkSigner.sha256Hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.signer.Aws4Signer;
import software.amazon.awssdk.auth.signer.params.Aws4SignerParams;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;

/** Requests signed by the real AWS SDK for Java v2 signer verify, with the right caller. */
class SdkSignedRequestsTest {

    static final String ACCOUNT = "111122223333";
    static final CredentialStore STORE =
            CredentialStore.of(List.of(new Credential("AKIAMEDIAPLANE0001", "s3cr3t/With+Special=Chars", ACCOUNT)));
    static final SigV4Verifier VERIFIER = new SigV4Verifier(STORE, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
    static final String EMPTY_SHA256 = sha256Hex("");

    /** A body supplier that fails the test when the verifier should not have needed the body. */
    static final Supplier<String> NO_BODY_NEEDED = () -> {
        throw new AssertionError("the verifier asked for the body hash although the request declares one");
    };

    static Supplier<String> body(String body) {
        return () -> sha256Hex(body);
    }

    @Test
    void getWithArnLabelContainingEncodedColonsAndSlash() {
        // MediaTailor ARNs carry a '/' in the resource part; path labels arrive with %3A and %2F.
        TestRequest signed = SdkSigner.as("test", "test")
                .service("mediatailor")
                .region("us-west-2")
                .sign(
                        SdkHttpMethod.GET,
                        request(
                                "http://127.0.0.1:4566/tags/"
                                        + "arn%3Aaws%3Amediatailor%3Aus-west-2%3A000000000000%3AplaybackConfiguration%2Fmy-config"),
                        null);
        assertTrue(signed.rawPath().contains("%2F"), "the SDK keeps the label's slash encoded: " + signed.rawPath());

        Caller caller = VERIFIER.verify(signed, NO_BODY_NEEDED);

        assertEquals(new Caller("test", "000000000000", "us-west-2", "mediatailor", EMPTY_SHA256), caller);
    }

    @Test
    void queryWithRepeatedKeysSpacesAndSpecialCharacters() {
        SdkHttpFullRequest.Builder delete = request("http://localhost:8080/tags/"
                        + "arn%3Aaws%3Amediapackage-vod%3Aeu-west-1%3A111122223333%3Apackaging-groups%2Fgroup")
                .appendRawQueryParameter("tagKeys", "b")
                .appendRawQueryParameter("tagKeys", "a b")
                .appendRawQueryParameter("tagKeys", "x+y*z~/=&?%é😀")
                .appendRawQueryParameter("TagKeys", "upper case sorts first")
                .appendRawQueryParameter("empty", "");
        TestRequest signed = SdkSigner.as("AKIAMEDIAPLANE0001", "s3cr3t/With+Special=Chars")
                .service("mediapackage-vod")
                .region("eu-west-1")
                .sign(SdkHttpMethod.DELETE, delete, null);

        Caller caller = VERIFIER.verify(signed, NO_BODY_NEEDED);

        assertEquals(new Caller("AKIAMEDIAPLANE0001", ACCOUNT, "eu-west-1", "mediapackage-vod", EMPTY_SHA256), caller);
    }

    @Test
    void jsonPostWithoutContentSha256HeaderMakesTheVerifierHashTheBody() {
        // The SDK's legacy Aws4Signer, like botocore, signs the body hash without sending x-amz-content-sha256.
        String json = "{\"name\":\"flow\",\"source\":{\"name\":\"in\",\"protocol\":\"srt-listener\"}}";
        SdkHttpFullRequest unsigned = request("http://127.0.0.1:4566/v1/flows")
                .method(SdkHttpMethod.POST)
                .putHeader("Content-Type", "application/json")
                .contentStreamProvider(() -> new java.io.ByteArrayInputStream(json.getBytes()))
                .build();
        @SuppressWarnings("deprecation")
        SdkHttpFullRequest signed = Aws4Signer.create()
                .sign(
                        unsigned,
                        Aws4SignerParams.builder()
                                .awsCredentials(AwsBasicCredentials.create("test", "test"))
                                .signingName("mediaconnect")
                                .signingRegion(Region.AP_SOUTHEAST_2)
                                .signingClockOverride(Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
                                .build());
        TestRequest request = TestRequest.of(signed);
        assertTrue(request.headerValues("x-amz-content-sha256").isEmpty());
        AtomicInteger bodyHashed = new AtomicInteger();

        Caller caller = VERIFIER.verify(request, () -> {
            bodyHashed.incrementAndGet();
            return sha256Hex(json);
        });

        assertEquals(new Caller("test", "000000000000", "ap-southeast-2", "mediaconnect", sha256Hex(json)), caller);
        assertEquals(1, bodyHashed.get());
        AuthFailure otherBody = org.junit.jupiter.api.Assertions.assertThrows(
                AuthFailure.class, () -> VERIFIER.verify(request, body(json.replace("flow", "wolf"))));
        assertEquals("InvalidSignatureException", otherBody.code());
    }

    @Test
    void mediaStoreJsonPostSignsTargetAndBodyHash() {
        String json = "{\"ContainerName\":\"movies\"}";
        TestRequest signed = SdkSigner.as("test", "test")
                .sign(
                        SdkHttpMethod.POST,
                        request("http://127.0.0.1:4566/")
                                .putHeader("X-Amz-Target", "MediaStore_20170901.CreateContainer")
                                .putHeader("Content-Type", "application/x-amz-json-1.1"),
                        json);

        Caller caller = VERIFIER.verify(signed, NO_BODY_NEEDED);

        assertEquals(sha256Hex(json), caller.payloadHash());
        assertEquals("mediastore", caller.service());
    }

    @Test
    void putWithUnsignedPayloadOverHttps() {
        TestRequest signed = SdkSigner.as("test", "test")
                .payloadSigning(false)
                .sign(
                        SdkHttpMethod.PUT,
                        request("https://abcdefghijklmn.data.mediastore.us-east-1.amazonaws.com/folder/movie.mp4")
                                .putHeader("Content-Type", "video/mp4"),
                        "0123456789");
        assertEquals(List.of("UNSIGNED-PAYLOAD"), signed.headerValues("x-amz-content-sha256"));

        Caller caller = VERIFIER.verify(signed, NO_BODY_NEEDED);

        assertTrue(caller.unsignedPayload());
    }

    @Test
    void putWithRealPayloadHashOverPlainHttp() {
        // Over http the Java SDK ignores "payload signing off" and sends the real SHA-256 (wire-protocol 3.3).
        TestRequest signed = SdkSigner.as("test", "test")
                .payloadSigning(false)
                .sign(SdkHttpMethod.PUT, request("http://127.0.0.1:4566/folder/movie.mp4"), "0123456789");
        assertEquals(List.of(sha256Hex("0123456789")), signed.headerValues("x-amz-content-sha256"));

        Caller caller = VERIFIER.verify(signed, NO_BODY_NEEDED);

        assertEquals(sha256Hex("0123456789"), caller.payloadHash());
        assertFalse(caller.unsignedPayload());
    }

    @Test
    void sessionTokenIsSignedAndAccepted() {
        TestRequest signed = SdkSigner.withSessionToken("test", "test", "FwoGZXIvYXdzEBYaDH+token/==")
                .service("mediaconnect")
                .sign(SdkHttpMethod.GET, request("http://127.0.0.1:4566/v1/flows"), null);
        assertEquals(List.of("FwoGZXIvYXdzEBYaDH+token/=="), signed.headerValues("X-Amz-Security-Token"));

        assertEquals("000000000000", VERIFIER.verify(signed, NO_BODY_NEEDED).accountId());
    }

    @Test
    void presignedGetOverHttpSignsTheBodyHash() {
        TestRequest signed = SdkSigner.as("AKIAMEDIAPLANE0001", "s3cr3t/With+Special=Chars")
                .service("mediaconnect")
                .region("us-east-2")
                .presign(Duration.ofMinutes(5))
                .sign(
                        SdkHttpMethod.GET,
                        request("http://127.0.0.1:4566/v1/flows/"
                                        + "arn%3Aaws%3Amediaconnect%3Aus-east-2%3A111122223333%3Aflow%3A1-abc%3Aname")
                                .appendRawQueryParameter("maxResults", "10"),
                        null);
        assertTrue(signed.headerValues("Authorization").isEmpty());
        assertTrue(signed.rawQuery().contains("X-Amz-Signature="), signed.rawQuery());

        Caller caller = VERIFIER.verify(signed, body(""));

        assertEquals(new Caller("AKIAMEDIAPLANE0001", ACCOUNT, "us-east-2", "mediaconnect", EMPTY_SHA256), caller);
    }

    @Test
    void presignedPutOverHttpsUsesUnsignedPayloadWithoutSayingSo() {
        TestRequest signed = SdkSigner.withSessionToken("test", "test", "session/token+1")
                .payloadSigning(false)
                .presign(Duration.ofHours(1))
                .sign(SdkHttpMethod.PUT, request("https://127.0.0.1:4566/a/b.txt"), "hi");
        assertTrue(signed.rawQuery().contains("X-Amz-Security-Token="), signed.rawQuery());

        Caller caller = VERIFIER.verify(signed, NO_BODY_NEEDED);

        assertTrue(caller.unsignedPayload());
    }

    @Test
    void presignedPostWithBodyFallsBackToTheBodyHash() {
        String json = "{\"Name\":\"x\"}";
        TestRequest signed = SdkSigner.as("test", "test")
                .service("mediatailor")
                .presign(Duration.ofSeconds(1))
                .sign(SdkHttpMethod.POST, request("http://127.0.0.1:4566/channel/x"), json);

        assertEquals(sha256Hex(json), VERIFIER.verify(signed, body(json)).payloadHash());
    }

    @Test
    void pathIsNormalisedLikeTheSdkBeforeItIsEncodedAgain() {
        TestRequest signed = SdkSigner.as("test", "test")
                .sign(SdkHttpMethod.GET, request("http://127.0.0.1:4566/a//b/./c/../d%2Fe/"), null);
        assertEquals("/a//b/./c/../d%2Fe/", signed.rawPath());

        assertEquals("mediastore", VERIFIER.verify(signed, NO_BODY_NEEDED).service());
    }

    @Test
    void everyServiceNameAndManyRegionsVerify() {
        for (String service : List.of("mediastore", "mediaconnect", "mediatailor", "mediapackage-vod")) {
            for (String region : List.of("us-east-1", "eu-central-1", "local")) {
                TestRequest signed = SdkSigner.as("test", "test")
                        .service(service)
                        .region(region)
                        .sign(SdkHttpMethod.GET, request("http://127.0.0.1:4566/x"), null);
                Caller caller = VERIFIER.verify(signed, NO_BODY_NEEDED);
                assertEquals(List.of(service, region), List.of(caller.service(), caller.region()));
            }
        }
    }

    @Test
    void verifiesConcurrentlyOnPlatformAndVirtualThreads() throws Exception {
        TestRequest a = SdkSigner.as("test", "test").sign(SdkHttpMethod.GET, request("http://h/a"), null);
        TestRequest b = SdkSigner.as("AKIAMEDIAPLANE0001", "s3cr3t/With+Special=Chars")
                .service("mediatailor")
                .sign(SdkHttpMethod.GET, request("http://h/b"), null);
        Callable<Boolean> work = () -> {
            for (int i = 0; i < 500; i++) {
                assertEquals("000000000000", VERIFIER.verify(a, NO_BODY_NEEDED).accountId());
                assertEquals(ACCOUNT, VERIFIER.verify(b, NO_BODY_NEEDED).accountId());
            }
            return true;
        };
        for (ExecutorService pool :
                List.of(Executors.newFixedThreadPool(4), Executors.newVirtualThreadPerTaskExecutor())) {
            try (pool) {
                List<Future<Boolean>> results = pool.invokeAll(List.of(work, work, work, work));
                for (Future<Boolean> r : results) {
                    assertTrue(r.get());
                }
            }
        }
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
