package io.mediaplane.media.index;

/**
 * One track of a source.
 *
 * @param id the source's track id (MP4 track_ID, or the TS elementary PID)
 * @param handler {@code vide} or {@code soun}
 * @param timescale ticks per second of every time below
 * @param mediaTime where presentation starts in media time (the media_time of an MP4 edit list's
 *     one non-empty edit; 0 without an edit list): the encoder delay of AAC, the reorder delay of
 *     video with B-frames
 * @param emptyEdit presentation time before the first sample (an MP4 edit list's leading empty
 *     edit), in this track's timescale
 */
public record Track(
        int id, String handler, long timescale, long mediaTime, long emptyEdit, MediaFormat format, Samples samples) {

    public static final String VIDEO = "vide";
    public static final String AUDIO = "soun";

    public boolean isVideo() {
        return VIDEO.equals(handler);
    }

    public boolean isAudio() {
        return AUDIO.equals(handler);
    }

    /** When sample {@code i} is shown: decode time + composition offset, shifted by the edit. */
    public long presentationTime(int i) {
        return samples.decodeTime(i) + samples.compositionOffset(i) + emptyEdit - mediaTime;
    }

    /** Media duration in ticks: from the first decode time to the end of the last sample. */
    public long duration() {
        return samples.count() == 0 ? 0 : samples.endTime() - samples.decodeTime(0);
    }

    public double durationSeconds() {
        return (double) duration() / timescale;
    }

    /** Bits per second over the whole track. */
    public long averageBitrate() {
        long ticks = duration();
        return ticks == 0 ? 0 : Math.round(samples.bytes(0, samples.count()) * 8.0 * timescale / ticks);
    }

    /**
     * The highest bit rate over any {@code windowSeconds} of decode time that starts at a sample
     * (the whole track when shorter).
     */
    public long peakBitrate(double windowSeconds) {
        int n = samples.count();
        long window = Math.max(1, Math.round(windowSeconds * timescale));
        if (n == 0) {
            return 0;
        }
        if (duration() <= window) {
            return averageBitrate();
        }
        long best = 0;
        long bytes = 0;
        int end = 0;
        for (int start = 0; start < n; start++) {
            long limit = samples.decodeTime(start) + window;
            while (end < n && samples.decodeTime(end) < limit) {
                bytes += samples.size(end++);
            }
            best = Math.max(best, bytes);
            bytes -= samples.size(start);
        }
        return Math.round(best * 8.0 * timescale / window);
    }

    /** Bits per second of samples {@code from} to {@code to} (exclusive) over their decode duration. */
    public long bitrate(int from, int to) {
        if (to <= from) {
            return 0;
        }
        long end = to < samples.count() ? samples.decodeTime(to) : samples.endTime();
        long ticks = end - samples.decodeTime(from);
        return ticks <= 0 ? 0 : Math.round(samples.bytes(from, to) * 8.0 * timescale / ticks);
    }
}
