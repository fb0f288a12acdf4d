package io.mediaplane.media.ts;

import io.mediaplane.media.index.IndexException;
import io.mediaplane.media.index.MediaFormat;
import io.mediaplane.media.index.Samples;
import io.mediaplane.media.index.SamplesBuilder;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;
import java.io.IOException;

/** Turns one elementary stream's PES packets into samples in the store. */
abstract class TrackCollector {
    final int pid;
    final SampleStore store;
    final SamplesBuilder samples = new SamplesBuilder();
    /** First decode and presentation times in 90 kHz, once known. */
    long firstDts90 = Long.MIN_VALUE;

    long firstPts90 = Long.MIN_VALUE;

    TrackCollector(int pid, SampleStore store) {
        this.pid = pid;
        this.store = store;
    }

    abstract void pes(long pts, long dts, byte[] payload) throws IOException;

    abstract void finish() throws IOException;

    abstract String handler();

    abstract long timescale();

    /** The last sample's duration, in the track's timescale. */
    abstract long lastDuration();

    abstract MediaFormat format(long avgBitrate, long maxBitrate) throws IOException;

    /**
     * The track, its times moved so that {@code zero90} (the earliest presentation time of the
     * source, 90 kHz) is presentation time 0: decode times start at 0 and the edit carries the
     * track's own start.
     */
    Track build(long zero90) throws IOException {
        Samples raw = samples.build(samples.lastDecodeTime() + lastDuration());
        long start = Segmenter.rescale(firstDts90 - zero90, 90_000, timescale());
        long emptyEdit = Math.max(0, start);
        long mediaTime = Math.max(0, -start);
        Track draft = new Track(pid, handler(), timescale(), mediaTime, emptyEdit, format(0, 0), raw);
        try {
            return new Track(
                    pid,
                    handler(),
                    timescale(),
                    mediaTime,
                    emptyEdit,
                    format(draft.averageBitrate(), draft.peakBitrate(1.0)),
                    raw);
        } catch (RuntimeException e) {
            throw new IndexException("track on PID " + pid + ": " + e.getMessage());
        }
    }
}
