package io.mediaplane.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    @Test
    void derivesTheSpecKeyAndCachesIt() {
        SigningKeys keys = new SigningKeys();
        SignatureScope scope = new SignatureScope("AKIDEXAMPLE", "20150830", "us-east-1", "service");
        byte[] signature = SigningKeys.hmac(
                keys.signingKey(TestSuiteVectorTest.SECRET, scope),
                ("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", Hex.encode(signature));
        assertSame(
                keys.signingKey(TestSuiteVectorTest.SECRET, scope), keys.signingKey(TestSuiteVectorTest.SECRET, scope));
    }

    @Test
    void cacheStaysBounded() {
        SigningKeys keys = new SigningKeys();
        for (int i = 0; i < 5000; i++) {
            keys.signingKey("secret", new SignatureScope("k", "20250101", "region-" + i, "mediastore"));
            assertTrue(keys.cachedKeys() <= 1024, "cache grew to " + keys.cachedKeys());
        }
    }
}
