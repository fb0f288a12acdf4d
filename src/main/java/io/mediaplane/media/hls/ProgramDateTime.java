package io.mediaplane.media.hls;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** {@code EXT-X-PROGRAM-DATE-TIME}: the wall-clock time of a segment's first sample (ISO 8601 with offset). */
public record ProgramDateTime(OffsetDateTime dateTime) {
    public static ProgramDateTime of(Line line) {
        return Views.parse(line, ProgramDateTime::parse, Tags.PROGRAM_DATE_TIME);
    }

    static ProgramDateTime parse(String value) {
        try {
            return new ProgramDateTime(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            throw new HlsException("'" + value + "' is not an ISO 8601 date-time with an offset");
        }
    }

    /** The tag, with milliseconds: {@code #EXT-X-PROGRAM-DATE-TIME:2026-11-21T10:00:00.000Z}. */
    public Line toLine() {
        return Line.tag(Tags.PROGRAM_DATE_TIME, Dates.format(dateTime));
    }
}
