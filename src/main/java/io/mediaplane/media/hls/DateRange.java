package io.mediaplane.media.hls;

import java.util.OptionalDouble;

/**
 * {@code EXT-X-DATERANGE}. Strings are unquoted and null when absent; the SCTE35-CMD/OUT/IN values
 * are hex as written ({@code 0xFC...}), for the SCTE-35 codec to decode. {@code attributes} holds
 * every attribute, the client-defined {@code X-} ones too.
 */
public record DateRange(
        String id,
        String dateRangeClass,
        String startDate,
        String cue,
        String endDate,
        OptionalDouble duration,
        OptionalDouble plannedDuration,
        String scte35Cmd,
        String scte35Out,
        String scte35In,
        boolean endOnNext,
        AttributeList attributes) {

    public static DateRange of(Line line) {
        return Views.parse(line, DateRange::parse, Tags.DATERANGE);
    }

    static DateRange parse(String value) {
        AttributeList a = AttributeList.parse(value);
        OptionalDouble duration = nonNegative(a, "DURATION");
        OptionalDouble planned = nonNegative(a, "PLANNED-DURATION");
        String endOnNext = a.enumerated("END-ON-NEXT");
        if (endOnNext != null && !endOnNext.equals("YES")) {
            throw new HlsException("END-ON-NEXT=" + endOnNext + " (the only value is YES)");
        }
        return new DateRange(
                Views.required("ID", a.string("ID")),
                a.string("CLASS"),
                a.string("START-DATE"),
                a.string("CUE"),
                a.string("END-DATE"),
                duration,
                planned,
                a.hex("SCTE35-CMD"),
                a.hex("SCTE35-OUT"),
                a.hex("SCTE35-IN"),
                endOnNext != null,
                a);
    }

    private static OptionalDouble nonNegative(AttributeList a, String name) {
        OptionalDouble d = a.decimal(name);
        if (d.isPresent() && d.getAsDouble() < 0) {
            throw new HlsException(name + " is negative");
        }
        return d;
    }
}
