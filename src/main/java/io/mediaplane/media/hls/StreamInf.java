package io.mediaplane.media.hls;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@code EXT-X-STREAM-INF} or {@code EXT-X-I-FRAME-STREAM-INF}. BANDWIDTH is required; strings are
 * unquoted and null when absent; {@code uri} is the I-frame playlist's URI attribute (a variant's
 * URI is the next line). CLOSED-CAPTIONS may be the enumerated NONE.
 */
public record StreamInf(
        long bandwidth,
        OptionalLong averageBandwidth,
        String codecs,
        Resolution resolution,
        OptionalDouble frameRate,
        String audio,
        String video,
        String subtitles,
        String closedCaptions,
        String uri,
        AttributeList attributes) {

    public static StreamInf of(Line line) {
        return Views.parse(
                line, v -> parse(v, line.is(Tags.I_FRAME_STREAM_INF)), Tags.STREAM_INF, Tags.I_FRAME_STREAM_INF);
    }

    static StreamInf parse(String value, boolean iFrame) {
        AttributeList a = AttributeList.parse(value);
        OptionalLong bandwidth = a.integer("BANDWIDTH");
        if (bandwidth.isEmpty()) {
            throw new HlsException("the BANDWIDTH attribute is required");
        }
        String captions = a.raw("CLOSED-CAPTIONS");
        if (captions != null && captions.startsWith("\"")) {
            captions = a.string("CLOSED-CAPTIONS");
        }
        return new StreamInf(
                bandwidth.getAsLong(),
                a.integer("AVERAGE-BANDWIDTH"),
                a.string("CODECS"),
                a.resolution("RESOLUTION"),
                a.decimal("FRAME-RATE"),
                a.string("AUDIO"),
                a.string("VIDEO"),
                a.string("SUBTITLES"),
                captions,
                iFrame ? Views.required("URI", a.string("URI")) : a.string("URI"),
                a);
    }
}
