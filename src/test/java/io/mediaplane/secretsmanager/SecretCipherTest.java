package io.mediaplane.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.aws.SecretResolver.SecretValue;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static final String ARN = "arn:aws:secretsmanager:us-east-1:000000000000:secret:db-AbCdEf";
    private static final String VERSION = "11111111-2222-3333-4444-555555555555";

    private static SecretCipher cipher() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return new SecretCipher(SecretsKey.of(raw));
    }

    @Test
    void textAndBinaryComeBackAsTheyWent() throws Exception {
        SecretCipher c = cipher();
        SecretValue text = c.open(c.seal(new SecretValue("pässwörd ✓", null), ARN, VERSION), ARN, VERSION);
        assertEquals("pässwörd ✓", text.text());
        assertNull(text.binary());
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        SecretValue binary = c.open(c.seal(new SecretValue(null, bytes), ARN, VERSION), ARN, VERSION);
        assertArrayEquals(bytes, binary.binary());
        assertNull(binary.text());
    }

    @Test
    void everySealHasItsOwnNonceAndNoPlainText() {
        SecretCipher c = cipher();
        SecretValue v = new SecretValue("the same value", null);
        byte[] a = c.seal(v, ARN, VERSION);
        byte[] b = c.seal(v, ARN, VERSION);
        assertNotEquals(
                Base64.getEncoder().encodeToString(a), Base64.getEncoder().encodeToString(b));
        assertFalse(Arrays.equals(Arrays.copyOf(a, 12), Arrays.copyOf(b, 12)), "a fresh nonce each time");
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains("same value"));
        assertEquals(12 + 1 + "the same value".length() + 16, a.length, "nonce, kind, value, tag");
    }

    @Test
    void aWrongKeyATamperedByteOrAnotherVersionFailsClosed() {
        SecretCipher c = cipher();
        byte[] sealed = c.seal(new SecretValue("v", null), ARN, VERSION);
        assertThrows(SecretCipher.Unreadable.class, () -> cipher().open(sealed, ARN, VERSION));
        assertThrows(SecretCipher.Unreadable.class, () -> c.open(sealed, ARN, "another-version"));
        assertThrows(SecretCipher.Unreadable.class, () -> c.open(sealed, ARN.replace("db-", "dc-"), VERSION));
        for (int i = 0; i < sealed.length; i++) {
            byte[] bent = sealed.clone();
            bent[i] ^= 0x01;
            assertThrows(SecretCipher.Unreadable.class, () -> c.open(bent, ARN, VERSION), "byte " + i);
        }
        assertThrows(SecretCipher.Unreadable.class, () -> c.open(Arrays.copyOf(sealed, 20), ARN, VERSION));
    }
}
