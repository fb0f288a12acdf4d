package io.mediaplane.media.hls;

/**
 * {@code EXT-X-KEY} (and {@code EXT-X-SESSION-KEY}): METHOD, and URI unless METHOD is NONE; the
 * optional IV (hex as written), KEYFORMAT and KEYFORMATVERSIONS are null when absent.
 */
public record Key(String method, String uri, String iv, String keyFormat, String keyFormatVersions) {
    public static final String NONE = "NONE";

    public static Key of(Line line) {
        return Views.parse(line, Key::parse, Tags.KEY, Tags.SESSION_KEY);
    }

    static Key parse(String value) {
        AttributeList a = AttributeList.parse(value);
        String method = Views.required("METHOD", a.enumerated("METHOD"));
        String uri = a.string("URI");
        if (uri == null && !method.equals(NONE)) {
            throw new HlsException("METHOD=" + method + " needs a URI");
        }
        return new Key(method, uri, a.hex("IV"), a.string("KEYFORMAT"), a.string("KEYFORMATVERSIONS"));
    }

    /** {@code #EXT-X-KEY:METHOD=NONE}, which ad insertion puts before clear ads. */
    public static Line noneLine() {
        return Line.tag(Tags.KEY, "METHOD=NONE");
    }
}
