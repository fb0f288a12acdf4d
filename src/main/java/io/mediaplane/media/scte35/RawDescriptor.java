package io.mediaplane.media.scte35;

/**
 * A descriptor kept as bytes: {@code data} is everything after {@code descriptor_length}, the
 * 32-bit identifier included (DTMF, time, audio and private descriptors).
 */
public record RawDescriptor(int tag, Bytes data) implements SpliceDescriptor {
    public RawDescriptor {
        Fields.check("splice_descriptor_tag", tag, 8);
        Fields.required("descriptor data", data);
        if (data.length() > 255) {
            throw new Scte35Exception("descriptor of " + data.length() + " bytes does not fit descriptor_length");
        }
    }

    /** The identifier (the first 4 bytes), or -1 when the descriptor is shorter than that. */
    public long identifier() {
        if (data.length() < 4) {
            return -1;
        }
        return (long) data.byteAt(0) << 24 | data.byteAt(1) << 16 | data.byteAt(2) << 8 | data.byteAt(3);
    }
}
