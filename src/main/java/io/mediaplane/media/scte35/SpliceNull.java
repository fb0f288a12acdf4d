package io.mediaplane.media.scte35;

/** {@code splice_null()}: no fields; used as a heartbeat or to carry descriptors alone. */
public record SpliceNull() implements SpliceCommand {
    @Override
    public int type() {
        return SPLICE_NULL;
    }
}
