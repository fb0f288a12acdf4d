package io.mediaplane.media.vast;

import java.time.Duration;

/**
 * A position in an ad or a break: VAST {@code skipoffset} and progress {@code offset} are a time or a
 * percentage; VMAP {@code timeOffset} adds start, end and the n-th break opportunity ({@code #n}).
 */
public sealed interface TimeOffset {
    /** {@code HH:MM:SS} or {@code HH:MM:SS.mmm}. */
    record At(Duration time) implements TimeOffset {}

    /** {@code n%} of the ad or content duration. */
    record Percent(double percent) implements TimeOffset {}

    /** VMAP {@code start}: a pre-roll. */
    record Start() implements TimeOffset {}

    /** VMAP {@code end}: a post-roll. */
    record End() implements TimeOffset {}

    /** VMAP {@code #n}: the n-th cue point of the content, from 1. */
    record Position(int position) implements TimeOffset {}

    /** A VAST offset: a time or a percentage. */
    static TimeOffset parseVast(String s) {
        String v = s.strip();
        if (v.endsWith("%")) {
            return percent(v);
        }
        return new At(Times.parse(v));
    }

    /** A VMAP timeOffset: start, end, a time, a percentage or {@code #n}. */
    static TimeOffset parseVmap(String s) {
        String v = s.strip();
        if (v.equals("start")) {
            return new Start();
        }
        if (v.equals("end")) {
            return new End();
        }
        if (v.startsWith("#")) {
            try {
                int n = Integer.parseInt(v.substring(1));
                if (n >= 1) {
                    return new Position(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new VastException("timeOffset '" + s + "' is not #<n> with n >= 1");
        }
        return parseVast(v);
    }

    private static Percent percent(String v) {
        try {
            double p = Double.parseDouble(v.substring(0, v.length() - 1));
            if (p >= 0 && p <= 100) {
                return new Percent(p);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VastException("'" + v + "' is not a percentage from 0% to 100%");
    }
}
