package io.mediaplane.media.hls;

import java.util.OptionalDouble;

/**
 * {@code EXT-X-CUE-OUT}, the start of an ad break, in the forms {@code #EXT-X-CUE-OUT},
 * {@code #EXT-X-CUE-OUT:30}, {@code #EXT-X-CUE-OUT:30.000} and {@code #EXT-X-CUE-OUT:DURATION=30}.
 * The duration is in seconds; ISO 8601 durations ({@code PT30S}) are refused, as MediaTailor
 * refuses them.
 */
public record CueOut(OptionalDouble duration) {
    public static CueOut of(Line line) {
        return Views.parse(line, CueOut::parse, Tags.CUE_OUT);
    }

    static CueOut parse(String value) {
        if (value.isEmpty()) {
            return new CueOut(OptionalDouble.empty());
        }
        if (value.indexOf('=') < 0) {
            return new CueOut(OptionalDouble.of(seconds("duration", value)));
        }
        String d = AttributeList.parse(value).rawIgnoreCase("DURATION");
        return new CueOut(d == null ? OptionalDouble.empty() : OptionalDouble.of(seconds("DURATION", d)));
    }

    static double seconds(String what, String value) {
        try {
            return Numbers.decimal(value.strip(), false);
        } catch (HlsException e) {
            throw new HlsException(what + " '" + value + "' is not a number of seconds");
        }
    }

    /** The tag with {@code DURATION=<seconds>}. */
    public static Line line(double seconds) {
        return Line.tag(Tags.CUE_OUT, "DURATION=" + Numbers.seconds(seconds));
    }
}
