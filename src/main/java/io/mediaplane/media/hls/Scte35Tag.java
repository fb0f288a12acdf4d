package io.mediaplane.media.hls;

/**
 * {@code #EXT-X-SCTE35:CUE="<base64>",...}: a splice_info_section in base64 and the tag's other
 * attributes (CUE-OUT, CUE-IN, DURATION, ELAPSED, ID... as the packager wrote them).
 */
public record Scte35Tag(String cue, AttributeList attributes) {
    public static Scte35Tag of(Line line) {
        return Views.parse(line, Scte35Tag::parse, Tags.SCTE35);
    }

    static Scte35Tag parse(String value) {
        AttributeList a = AttributeList.parse(value);
        return new Scte35Tag(Views.required("CUE", a.string("CUE")), a);
    }
}
