package io.mediaplane.media.fmp4;

import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.Track;

/** Samples {@code from} to {@code to} (exclusive) of a track, whose bytes are in {@code source}. */
public record TrackRun(Track track, int from, int to, ByteSource source) {
    public TrackRun {
        if (from < 0 || to < from || to > track.samples().count()) {
            throw new IllegalArgumentException("samples " + from + " to " + to + " are not in a track of "
                    + track.samples().count());
        }
    }

    public int count() {
        return to - from;
    }

    public long bytes() {
        return track.samples().bytes(from, to);
    }
}
