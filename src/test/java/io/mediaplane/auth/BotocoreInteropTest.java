package io.mediaplane.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests serialised and signed by real botocore clients (python3 subprocess, botocore_sign.py) verify
 * in Java. Skipped when python3 or botocore is not installed.
 */
class BotocoreInteropTest {

    record Signed(String name, String service, String region, TestRequest request, String bodyHex) {
        String bodySha256() {
            return SdkSigner.sha256Hex(HexFormat.of().parseHex(bodyHex));
        }
    }

    static Map<String, Signed> requests;

    @BeforeAll
    static void signWithBotocore() throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("python3", script().toString())
                    .redirectErrorStream(false)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not available: " + e.getMessage());
            return;
        }
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        Assumptions.assumeFalse(err.contains("No module named 'botocore'"), "botocore is not installed");
        assertEquals(0, process.exitValue(), err);
        requests = parse(new String(out, StandardCharsets.UTF_8));
        assertEquals(10, requests.size(), requests.keySet().toString());
    }

    static Path script() throws URISyntaxException {
        return Path.of(BotocoreInteropTest.class.getResource("botocore_sign.py").toURI());
    }

    static Map<String, Signed> parse(String output) {
        Map<String, Signed> result = new LinkedHashMap<>();
        String[] head = null;
        String method = null;
        String url = null;
        List<String> headers = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("REQUEST ")) {
                head = line.substring(8).split(" ");
                headers.clear();
            } else if (line.startsWith("METHOD ")) {
                method = line.substring(7);
            } else if (line.startsWith("URL ")) {
                url = line.substring(4);
            } else if (line.startsWith("HEADER ")) {
                String[] nv = line.substring(7).split("\t", 2);
                headers.add(nv[0]);
                headers.add(nv[1]);
            } else if (line.startsWith("BODY ")) {
                // as the HTTP client sends it: Host from the URL authority, raw path and query unchanged
                String rest = url.substring(url.indexOf("://") + 3);
                int slash = rest.indexOf('/');
                String authority = slash < 0 ? rest : rest.substring(0, slash);
                String target = slash < 0 ? "/" : rest.substring(slash);
                int q = target.indexOf('?');
                headers.add("Host");
                headers.add(authority);
                TestRequest request = TestRequest.of(
                        method,
                        q < 0 ? target : target.substring(0, q),
                        q < 0 ? null : target.substring(q + 1),
                        headers.toArray(String[]::new));
                result.put(head[0], new Signed(head[0], head[1], head[2], request, line.substring(5)));
            }
        }
        return result;
    }

    static Caller verify(String name) {
        Signed s = requests.get(name);
        SigV4Verifier verifier = new SigV4Verifier(CredentialStore.defaults(), Clock.systemUTC());
        Caller caller = verifier.verify(s.request(), s::bodySha256);
        String signingName = s.service().equals("mediastore-data") ? "mediastore" : s.service();
        assertEquals(
                List.of("test", "000000000000", s.region(), signingName),
                List.of(caller.accessKeyId(), caller.accountId(), caller.region(), caller.service()),
                name);
        // and the same request with one signature digit changed fails
        TestRequest r = s.request();
        AuthFailure tampered = assertThrows(AuthFailure.class, () -> verifier.verify(tamper(r), s::bodySha256));
        assertEquals("InvalidSignatureException", tampered.code(), name);
        return caller;
    }

    static TestRequest tamper(TestRequest r) {
        if (r.headerValues("Authorization").isEmpty()) {
            String q = r.rawQuery();
            char last = q.charAt(q.length() - 1);
            return r.withQuery(q.substring(0, q.length() - 1) + (last == '0' ? '1' : '0'));
        }
        String a = r.headerValues("Authorization").get(0);
        char last = a.charAt(a.length() - 1);
        return r.withHeader("Authorization", a.substring(0, a.length() - 1) + (last == '0' ? '1' : '0'));
    }

    @Test
    void arnLabelWithEncodedColonsAndSlash() {
        assertTrue(
                requests.get("list-tags-arn-label").request().rawPath().endsWith("playbackConfiguration%2Fmy-config"));
        assertEquals(SdkSigner.sha256Hex(""), verify("list-tags-arn-label").payloadHash());
    }

    @Test
    void queryWithSpecialCharacters() {
        verify("list-flows-query");
    }

    @Test
    void jsonBodyWithoutContentSha256Header() {
        assertTrue(requests.get("create-flow-json-body")
                .request()
                .headerValues("x-amz-content-sha256")
                .isEmpty());
        assertEquals(
                requests.get("create-flow-json-body").bodySha256(),
                verify("create-flow-json-body").payloadHash());
    }

    @Test
    void repeatedQueryKeys() {
        verify("untag-repeated-keys");
    }

    @Test
    void mediaStoreTargetHeader() {
        verify("create-container-target");
    }

    @Test
    void putObjectWithUnsignedPayloadAndDoubleSlashPath() {
        assertTrue(
                requests.get("put-object-unsigned-payload").request().rawPath().startsWith("//folder/"));
        assertTrue(verify("put-object-unsigned-payload").unsignedPayload());
    }

    @Test
    void sessionToken() {
        verify("describe-object-session-token");
    }

    @Test
    void endpointPathPrefix() {
        verify("endpoint-path-prefix");
    }

    @Test
    void presignedUrlWithSessionToken() {
        assertEquals(SdkSigner.sha256Hex(""), verify("presigned-describe-flow").payloadHash());
    }

    @Test
    void dateHeaderInsteadOfXAmzDate() {
        assertTrue(requests.get("date-header-instead-of-x-amz-date")
                .request()
                .headerValues("X-Amz-Date")
                .isEmpty());
        verify("date-header-instead-of-x-amz-date");
    }
}
