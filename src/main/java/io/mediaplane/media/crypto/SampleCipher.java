package io.mediaplane.media.crypto;

import java.security.GeneralSecurityException;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one sample in place (ISO/IEC 23001-7 §10): {@code cenc} runs AES-CTR over the
 * protected bytes of all subsamples as one stream; {@code cbcs} runs AES-CBC from the constant IV
 * in each protected range, over the first block of every ten (video) or every whole block (audio),
 * leaving a trailing partial block clear.
 */
final class SampleCipher {
    /** The video pattern of cbcs: one block encrypted, nine skipped. */
    static final int CRYPT = 1, SKIP = 9;

    private SampleCipher() {}

    static void encrypt(Cenc cenc, byte[] sampleIv, boolean pattern, byte[] b, int off, int len, List<int[]> subsamples)
            throws CryptoException {
        try {
            var key = new SecretKeySpec(cenc.key(), "AES");
            if (!cenc.isCbcs()) {
                Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
                byte[] counter = new byte[16];
                System.arraycopy(sampleIv, 0, counter, 0, 8);
                ctr.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(counter));
                if (subsamples.isEmpty()) {
                    ctr.update(b, off, len, b, off);
                    return;
                }
                int at = off;
                for (int[] s : subsamples) {
                    at += s[0];
                    if (s[1] > 0) {
                        ctr.update(b, at, s[1], b, at);
                    }
                    at += s[1];
                }
                return;
            }
            Cipher cbc = Cipher.getInstance("AES/CBC/NoPadding");
            if (subsamples.isEmpty()) {
                cbcRange(cbc, key, cenc.iv(), b, off, len, false);
                return;
            }
            int at = off;
            for (int[] s : subsamples) {
                at += s[0];
                cbcRange(cbc, key, cenc.iv(), b, at, s[1], pattern);
                at += s[1];
            }
        } catch (GeneralSecurityException e) {
            throw new CryptoException("AES failed: " + e.getMessage());
        }
    }

    private static void cbcRange(Cipher cbc, SecretKeySpec key, byte[] iv, byte[] b, int at, int len, boolean pattern)
            throws GeneralSecurityException {
        int blocks = len / 16;
        if (blocks == 0) {
            return;
        }
        cbc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        if (!pattern) {
            cbc.update(b, at, blocks * 16, b, at);
            return;
        }
        for (int block = 0; block < blocks; block += CRYPT + SKIP) {
            int n = Math.min(CRYPT, blocks - block);
            cbc.update(b, at + block * 16, n * 16, b, at + block * 16);
        }
    }
}
