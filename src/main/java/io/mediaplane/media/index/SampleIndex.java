package io.mediaplane.media.index;

import java.util.List;
import java.util.Optional;

/** The tracks of one source, in source order. */
public record SampleIndex(List<Track> tracks) {

    public SampleIndex {
        tracks = List.copyOf(tracks);
    }

    /** The first video track, else the first track: what segment boundaries follow. */
    public Track referenceTrack() {
        return firstVideo().orElseGet(() -> tracks.get(0));
    }

    public Optional<Track> firstVideo() {
        return tracks.stream().filter(Track::isVideo).findFirst();
    }

    public Optional<Track> firstAudio() {
        return tracks.stream().filter(Track::isAudio).findFirst();
    }

    /** The stored form: compact, versioned, loaded by {@link #fromBytes(byte[])}. */
    public byte[] toBytes() {
        return IndexCodec.encode(this);
    }

    public static SampleIndex fromBytes(byte[] bytes) throws IndexException {
        return IndexCodec.decode(bytes);
    }
}
