package io.mediaplane.media.scte35;

/** A splice_info_section that cannot be decoded, or a model that cannot be encoded, with the reason. */
public final class Scte35Exception extends RuntimeException {
    public Scte35Exception(String message) {
        super(message);
    }

    public Scte35Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
