package io.mediaplane.media.hls;

/**
 * {@code EXT-X-MEDIA}: a rendition of a group. TYPE, GROUP-ID and NAME are required; {@code uri} is
 * null for a rendition carried in the variant's own stream.
 */
public record Rendition(
        String type,
        String groupId,
        String name,
        String language,
        String uri,
        boolean isDefault,
        boolean autoselect,
        AttributeList attributes) {

    public static Rendition of(Line line) {
        return Views.parse(line, Rendition::parse, Tags.MEDIA);
    }

    static Rendition parse(String value) {
        AttributeList a = AttributeList.parse(value);
        return new Rendition(
                Views.required("TYPE", a.enumerated("TYPE")),
                Views.required("GROUP-ID", a.string("GROUP-ID")),
                Views.required("NAME", a.string("NAME")),
                a.string("LANGUAGE"),
                a.string("URI"),
                yes(a, "DEFAULT"),
                yes(a, "AUTOSELECT"),
                a);
    }

    private static boolean yes(AttributeList a, String name) {
        String v = a.enumerated(name);
        if (v != null && !v.equals("YES") && !v.equals("NO")) {
            throw new HlsException(name + "=" + v + " is neither YES nor NO");
        }
        return "YES".equals(v);
    }
}
