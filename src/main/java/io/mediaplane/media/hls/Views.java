package io.mediaplane.media.hls;

import java.util.function.Function;

/** Runs a tag-value parser with the tag's line number and name in its errors. */
final class Views {
    private Views() {}

    static <T> T parse(Line line, Function<String, T> parser, String... names) {
        boolean named = false;
        for (String name : names) {
            named |= line.is(name);
        }
        if (!named) {
            throw new HlsException(
                    line.number(), "expected #" + String.join(" or #", names) + ", found " + line.text());
        }
        try {
            return parser.apply(line.value() == null ? "" : line.value());
        } catch (HlsException e) {
            throw new HlsException(line.number(), line.name() + ": " + e.getMessage());
        }
    }

    static String required(String name, String value) {
        if (value == null) {
            throw new HlsException("the " + name + " attribute is required");
        }
        return value;
    }
}
