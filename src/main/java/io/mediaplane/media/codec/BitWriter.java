package io.mediaplane.media.codec;

import java.io.ByteArrayOutputStream;

/** Writes bits most-significant first; {@link #toByteArray()} pads the last byte with zeros. */
final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int current;
    private int used;

    BitWriter bits(int n, long value) {
        for (int i = n - 1; i >= 0; i--) {
            current = (current << 1) | (int) ((value >>> i) & 1);
            if (++used == 8) {
                out.write(current);
                current = 0;
                used = 0;
            }
        }
        return this;
    }

    byte[] toByteArray() {
        if (used > 0) {
            bits(8 - used, 0);
        }
        return out.toByteArray();
    }
}
