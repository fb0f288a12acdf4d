package io.mediaplane.media.index;

import java.util.Arrays;

/**
 * Segment boundaries as presentation times in one timescale: segment {@code k} spans {@code
 * times[k]} to {@code times[k + 1]}, so there are {@code times.length - 1} segments and the last
 * time is the end of the presentation.
 */
public record Cuts(long timescale, long[] times) {

    public Cuts {
        times = times.clone();
    }

    public int segmentCount() {
        return times.length - 1;
    }

    public long start(int segment) {
        return times[segment];
    }

    public double startSeconds(int segment) {
        return (double) times[segment] / timescale;
    }

    public double durationSeconds(int segment) {
        return (double) (times[segment + 1] - times[segment]) / timescale;
    }

    /** The longest segment, rounded up to whole seconds as HLS {@code EXT-X-TARGETDURATION} wants. */
    public int targetDurationSeconds() {
        long longest = 0;
        for (int k = 0; k < segmentCount(); k++) {
            longest = Math.max(longest, times[k + 1] - times[k]);
        }
        return (int) Math.max(1, Math.round(Math.ceil((double) longest / timescale - 1e-9)));
    }

    @Override
    public long[] times() {
        return times.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cuts c && timescale == c.timescale && Arrays.equals(times, c.times);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return "Cuts" + Arrays.toString(times) + "/" + timescale;
    }
}
