package io.mediaplane.media.hls;

import java.util.function.UnaryOperator;

/** Rewrites the URI a line carries: a URI line, or a tag's {@code URI="..."} attribute. */
final class UriLines {
    private UriLines() {}

    static Line map(Line line, UnaryOperator<String> map) {
        if (line.isUri()) {
            String uri = line.uri();
            String mapped = map.apply(uri);
            return mapped.equals(uri) ? line : line.withText(Line.uri(mapped).text());
        }
        if (line.isTag() && line.value() != null && line.value().contains("URI=\"")) {
            AttributeList attributes = line.attributes();
            String uri = attributes.string("URI");
            if (uri == null) {
                return line;
            }
            String mapped = map.apply(uri);
            return mapped.equals(uri)
                    ? line
                    : line.withText(Line.tag(
                                    line.name(),
                                    attributes.withString("URI", mapped).toString())
                            .text());
        }
        return line;
    }
}
