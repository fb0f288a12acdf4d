package io.mediaplane.media.hls;

/** A variant stream of a multivariant playlist: its EXT-X-STREAM-INF line, attributes and URI line. */
public record Variant(Line tag, StreamInf streamInf, Line uriLine) {
    public String uri() {
        return uriLine.uri();
    }
}
