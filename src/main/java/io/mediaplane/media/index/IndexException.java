package io.mediaplane.media.index;

import java.io.IOException;

/** A stored sample index that cannot be loaded, or a sample table that does not hold together. */
public final class IndexException extends IOException {
    public IndexException(String message) {
        super(message);
    }
}
