package io.mediaplane.media.crypto;

import java.io.IOException;

/** Media that cannot be encrypted as asked. */
public final class CryptoException extends IOException {
    public CryptoException(String message) {
        super(message);
    }
}
