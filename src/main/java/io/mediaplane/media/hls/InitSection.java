package io.mediaplane.media.hls;

import java.util.Optional;

/** {@code EXT-X-MAP}: the URI of the media initialization section and its optional byte range. */
public record InitSection(String uri, Optional<ByteRange> byteRange) {
    public static InitSection of(Line line) {
        return Views.parse(line, InitSection::parse, Tags.MAP);
    }

    static InitSection parse(String value) {
        AttributeList a = AttributeList.parse(value);
        String range = a.string("BYTERANGE");
        return new InitSection(
                Views.required("URI", a.string("URI")),
                Optional.ofNullable(range).map(ByteRange::parse));
    }
}
