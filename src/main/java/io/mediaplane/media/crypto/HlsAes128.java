package io.mediaplane.media.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** HLS {@code METHOD=AES-128}: a whole segment in AES-128-CBC with PKCS#7 padding (RFC 8216 §5.2). */
public final class HlsAes128 {
    private HlsAes128() {}

    /** Encrypts a segment with a 16-byte key and IV. */
    public static byte[] encrypt(byte[] key, byte[] iv, byte[] segment) {
        return run(Cipher.ENCRYPT_MODE, key, iv, segment);
    }

    public static byte[] decrypt(byte[] key, byte[] iv, byte[] segment) {
        return run(Cipher.DECRYPT_MODE, key, iv, segment);
    }

    /** The IV a playlist without an {@code IV} attribute implies: the media sequence number, big-endian in 16 bytes. */
    public static byte[] sequenceIv(long mediaSequence) {
        byte[] iv = new byte[16];
        for (int i = 0; i < 8; i++) {
            iv[15 - i] = (byte) (mediaSequence >>> (8 * i));
        }
        return iv;
    }

    private static byte[] run(int mode, byte[] key, byte[] iv, byte[] data) {
        if (key.length != 16 || iv.length != 16) {
            throw new IllegalArgumentException("AES-128 needs a 16-byte key and IV");
        }
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CBC failed: " + e.getMessage(), e);
        }
    }
}
