package io.mediaplane.media.crypto;

/**
 * One content key and how samples are encrypted with it (ISO/IEC 23001-7).
 *
 * @param scheme {@code cenc} (AES-CTR, 8-byte IV per sample) or {@code cbcs} (AES-CBC with a
 *     constant IV and, for video, the 1:9 crypt:skip pattern)
 * @param keyId the 16-byte KID
 * @param key the 16-byte AES key
 * @param iv 8 bytes for {@code cenc}: the first sample's IV, each next sample adding one; 16 bytes
 *     for {@code cbcs}: the constant IV
 */
public record Cenc(String scheme, byte[] keyId, byte[] key, byte[] iv) {
    public static final String CENC = "cenc";
    public static final String CBCS = "cbcs";

    public Cenc {
        if (!CENC.equals(scheme) && !CBCS.equals(scheme)) {
            throw new IllegalArgumentException("scheme must be cenc or cbcs, not " + scheme);
        }
        if (keyId.length != 16 || key.length != 16 || iv.length != (CENC.equals(scheme) ? 8 : 16)) {
            throw new IllegalArgumentException("KID and key take 16 bytes, the IV 8 (cenc) or 16 (cbcs)");
        }
        keyId = keyId.clone();
        key = key.clone();
        iv = iv.clone();
    }

    public boolean isCbcs() {
        return CBCS.equals(scheme);
    }

    /** Bytes of IV stored per sample in {@code senc}: 8 for cenc, 0 for cbcs (constant IV). */
    public int perSampleIvSize() {
        return isCbcs() ? 0 : 8;
    }

    @Override
    public byte[] keyId() {
        return keyId.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] iv() {
        return iv.clone();
    }

    /** The IV of sample {@code n} of a track under {@code cenc}: the base IV plus {@code n}, big-endian. */
    byte[] sampleIv(long n) {
        long base = 0;
        for (int i = 0; i < 8; i++) {
            base = (base << 8) | (iv[i] & 0xff);
        }
        long v = base + n;
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[7 - i] = (byte) (v >>> (8 * i));
        }
        return out;
    }
}
