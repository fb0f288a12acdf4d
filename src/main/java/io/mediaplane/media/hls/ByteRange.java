package io.mediaplane.media.hls;

import java.util.OptionalLong;

/** {@code <length>[@<offset>]}, of {@code EXT-X-BYTERANGE} and of the MAP tag's BYTERANGE attribute. */
public record ByteRange(long length, OptionalLong offset) {
    public ByteRange {
        if (length < 0 || offset.isPresent() && offset.getAsLong() < 0) {
            throw new HlsException("byte range " + length + "@" + offset + " is negative");
        }
    }

    public static ByteRange of(Line line) {
        return Views.parse(line, ByteRange::parse, Tags.BYTERANGE);
    }

    public static ByteRange parse(String value) {
        int at = value.indexOf('@');
        if (at < 0) {
            return new ByteRange(Numbers.integer(value), OptionalLong.empty());
        }
        return new ByteRange(
                Numbers.integer(value.substring(0, at)), OptionalLong.of(Numbers.integer(value.substring(at + 1))));
    }

    @Override
    public String toString() {
        return offset.isPresent() ? length + "@" + offset.getAsLong() : Long.toString(length);
    }
}
