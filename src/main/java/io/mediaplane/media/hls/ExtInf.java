package io.mediaplane.media.hls;

/** {@code #EXTINF:<duration>,[<title>]}: a media segment's duration in seconds and its title. */
public record ExtInf(double duration, String title) {
    public ExtInf {
        if (!(duration >= 0) || Double.isInfinite(duration)) {
            throw new HlsException("EXTINF duration " + duration + " is not a duration");
        }
        title = title == null ? "" : title;
    }

    public static ExtInf of(Line line) {
        return Views.parse(line, ExtInf::parse, Tags.EXTINF);
    }

    static ExtInf parse(String value) {
        int comma = value.indexOf(',');
        String duration = comma < 0 ? value : value.substring(0, comma);
        return new ExtInf(Numbers.decimal(duration.strip(), false), comma < 0 ? "" : value.substring(comma + 1));
    }

    public Line toLine() {
        return Line.tag(Tags.EXTINF, Numbers.seconds(duration) + "," + title);
    }
}
