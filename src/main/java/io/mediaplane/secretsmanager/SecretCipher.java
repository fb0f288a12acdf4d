package io.mediaplane.secretsmanager;

import io.mediaplane.aws.SecretResolver.SecretValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM sealing of secret values: a fresh random 96-bit nonce per value, a 128-bit tag, and
 * the secret's ARN and version id as associated data, so a sealed value only opens as the version
 * it was written for (a value copied to another row or secret fails, as does any flipped bit). The
 * kind of value (SecretString or SecretBinary) is inside the ciphertext: the database shows neither
 * the value nor its kind.
 */
final class SecretCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte TEXT = 'S';
    private static final byte BINARY = 'B';
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretsKey key;

    SecretCipher(SecretsKey key) {
        this.key = key;
    }

    /** Thrown when a sealed value does not open: wrong key, tampered, or moved to another version. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    SecretsKey key() {
        return key;
    }

    /** {@code nonce || ciphertext || tag} of the value, bound to {@code arn} and {@code versionId}. */
    byte[] seal(SecretValue value, String arn, String versionId) {
        byte[] plain = plaintext(value);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(arn, versionId));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    SecretValue open(byte[] sealed, String arn, String versionId) throws Unreadable {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8 + 1) {
            throw new Unreadable("the sealed value is too short");
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated(arn, versionId));
            plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new Unreadable("the sealed value fails its authentication tag");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        try {
            byte[] body = Arrays.copyOfRange(plain, 1, plain.length);
            return switch (plain[0]) {
                case TEXT -> new SecretValue(new String(body, StandardCharsets.UTF_8), null);
                case BINARY -> new SecretValue(null, body);
                default -> throw new Unreadable("the sealed value has an unknown kind");
            };
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static byte[] plaintext(SecretValue value) {
        byte[] body = value.text() != null ? value.text().getBytes(StandardCharsets.UTF_8) : value.binary();
        byte[] plain = new byte[body.length + 1];
        plain[0] = value.text() != null ? TEXT : BINARY;
        System.arraycopy(body, 0, plain, 1, body.length);
        return plain;
    }

    private static byte[] associated(String arn, String versionId) {
        return (arn + "\n" + versionId).getBytes(StandardCharsets.UTF_8);
    }
}
