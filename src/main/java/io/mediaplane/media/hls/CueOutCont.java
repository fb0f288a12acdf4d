package io.mediaplane.media.hls;

import java.util.OptionalDouble;

/**
 * {@code EXT-X-CUE-OUT-CONT}, a segment inside an ad break, in the forms
 * {@code ElapsedTime=5.9,Duration=30[,SCTE35=<base64>]} (names in any case) and {@code 5.9/30}.
 * Seconds; {@code scte35} is the base64 cue or null.
 */
public record CueOutCont(OptionalDouble elapsed, OptionalDouble duration, String scte35) {
    public static CueOutCont of(Line line) {
        return Views.parse(line, CueOutCont::parse, Tags.CUE_OUT_CONT);
    }

    static CueOutCont parse(String value) {
        if (value.isEmpty()) {
            return new CueOutCont(OptionalDouble.empty(), OptionalDouble.empty(), null);
        }
        if (value.indexOf('=') < 0) {
            int slash = value.indexOf('/');
            if (slash < 0) {
                throw new HlsException(
                        "'" + value + "' is neither ElapsedTime=..,Duration=.. nor <elapsed>/<duration>");
            }
            return new CueOutCont(
                    OptionalDouble.of(CueOut.seconds("elapsed time", value.substring(0, slash))),
                    OptionalDouble.of(CueOut.seconds("duration", value.substring(slash + 1))),
                    null);
        }
        AttributeList a = AttributeList.parse(value);
        String elapsed = a.rawIgnoreCase("ElapsedTime");
        String duration = a.rawIgnoreCase("Duration");
        return new CueOutCont(
                elapsed == null ? OptionalDouble.empty() : OptionalDouble.of(CueOut.seconds("ElapsedTime", elapsed)),
                duration == null ? OptionalDouble.empty() : OptionalDouble.of(CueOut.seconds("Duration", duration)),
                a.rawIgnoreCase("SCTE35"));
    }

    /** The tag {@code ElapsedTime=<s>,Duration=<s>}. */
    public static Line line(double elapsed, double duration) {
        return Line.tag(
                Tags.CUE_OUT_CONT,
                "ElapsedTime=" + Numbers.seconds(elapsed) + ",Duration=" + Numbers.seconds(duration));
    }
}
