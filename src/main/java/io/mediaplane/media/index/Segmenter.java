package io.mediaplane.media.index;

import java.util.Arrays;

/**
 * Cuts a presentation into segments at sync samples.
 *
 * <p>MediaPackage snaps {@code SegmentDurationSeconds} to the source's key frames. Here each
 * segment ends at the sync sample of the reference track (the first video track) whose
 * presentation time is nearest to the segment's start plus the requested duration, and never
 * before the next sync sample: with regular GOPs every segment is the whole number of GOPs nearest
 * to the request. The end of the media counts as a candidate too, so the last segment is never a
 * short leftover when running to the end is nearer the request. Other tracks (audio, other renditions) are split at the same times by {@link
 * #split(Track, Cuts)}.
 */
public final class Segmenter {
    private Segmenter() {}

    /** The cut times of {@code reference} for segments of about {@code targetSeconds}. */
    public static Cuts cuts(Track reference, double targetSeconds) {
        if (!(targetSeconds > 0)) {
            throw new IllegalArgumentException("segment duration must be positive");
        }
        Samples s = reference.samples();
        if (s.count() == 0) {
            return new Cuts(reference.timescale(), new long[] {0, 0});
        }
        int[] sync = s.syncSamples();
        long target = Math.max(1, Math.round(targetSeconds * reference.timescale()));
        long[] times = new long[sync.length + 1];
        int n = 0;
        times[n++] = start(reference);
        int last = 0;
        while (true) {
            long wanted = reference.presentationTime(sync[last]) + target;
            int best = -1;
            for (int j = last + 1; j < sync.length; j++) {
                long pt = reference.presentationTime(sync[j]);
                if (best < 0 || Math.abs(pt - wanted) < Math.abs(reference.presentationTime(sync[best]) - wanted)) {
                    best = j;
                }
                if (pt >= wanted) {
                    break;
                }
            }
            long end = endOf(reference);
            if (best < 0
                    || end <= reference.presentationTime(sync[best])
                    || Math.abs(end - wanted) <= Math.abs(reference.presentationTime(sync[best]) - wanted)) {
                break; // the end of the media is as near as any key frame: the last segment runs to it
            }
            times[n++] = reference.presentationTime(sync[best]);
            last = best;
        }
        times[n++] = endOf(reference);
        return new Cuts(reference.timescale(), Arrays.copyOf(times, n));
    }

    /**
     * The first sample of each segment of {@code track}, plus the sample count at the end: segment
     * {@code k} holds samples {@code first[k]} to {@code first[k + 1]} (exclusive). The first
     * segment starts at sample 0 and the last ends with the track. Each inner boundary is the
     * sample (a sync sample, unless every sample is one) whose presentation time is nearest to the
     * cut; a segment can be empty when a track has no sample near its times.
     */
    public static int[] split(Track track, Cuts cuts) {
        Samples s = track.samples();
        int segments = cuts.segmentCount();
        int[] first = new int[segments + 1];
        first[segments] = s.count();
        int[] candidates = s.syncSamples();
        int c = 0;
        for (int k = 1; k < segments; k++) {
            long cut = rescale(cuts.start(k), cuts.timescale(), track.timescale());
            while (c + 1 < candidates.length
                    && Math.abs(track.presentationTime(candidates[c + 1]) - cut)
                            <= Math.abs(track.presentationTime(candidates[c]) - cut)) {
                c++;
            }
            int sample = candidates.length == 0 ? s.count() : candidates[c];
            first[k] = Math.max(first[k - 1], sample);
        }
        return first;
    }

    /** {@code value} ticks of {@code from} in ticks of {@code to}, rounded to nearest. */
    public static long rescale(long value, long from, long to) {
        if (from == to) {
            return value;
        }
        return Math.floorDiv(value * to + Math.floorDiv(from, 2), from);
    }

    private static long start(Track t) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < Math.min(t.samples().count(), 16); i++) {
            min = Math.min(min, t.presentationTime(i));
        }
        return min;
    }

    private static long endOf(Track t) {
        Samples s = t.samples();
        return s.endTime() + t.emptyEdit() - t.mediaTime();
    }
}
