package io.mediaplane.media.fmp4;

import io.mediaplane.media.index.Track;
import io.mediaplane.media.mp4.BoxWriter;
import java.util.List;

/** The initialization segment of a fragmented movie: {@code ftyp} and a {@code moov} with {@code mvex}. */
public final class InitSegment {
    /** The movie header's timescale (track media keeps its own). */
    public static final int MOVIE_TIMESCALE = 1000;

    private InitSegment() {}

    /** A CMAF header (brands {@code cmfc}, {@code iso6}) for these tracks, numbered 1, 2, ... in order. */
    public static byte[] write(List<Track> tracks) {
        return write(tracks, List.of());
    }

    /** The same with whole boxes added at the end of the {@code moov} (such as {@code pssh}). */
    public static byte[] write(List<Track> tracks, List<byte[]> moovBoxes) {
        if (tracks.isEmpty()) {
            throw new IllegalArgumentException("an init segment needs a track");
        }
        BoxWriter w = new BoxWriter(1024
                + tracks.stream().mapToInt(t -> t.format().sampleEntry().length).sum());
        w.start("ftyp")
                .fourCc("cmfc")
                .u32(0)
                .fourCc("cmfc")
                .fourCc("iso6")
                .fourCc("mp41")
                .end();
        w.start("moov");
        w.startFull("mvhd", 0, 0).u32(0).u32(0).u32(MOVIE_TIMESCALE).u32(0);
        w.u32(0x00010000).u16(0x0100).zeros(10);
        TrackHeader.matrix(w);
        w.zeros(24).u32(tracks.size() + 1L).end();
        for (int i = 0; i < tracks.size(); i++) {
            TrackHeader.write(w, tracks.get(i), i + 1);
        }
        w.start("mvex");
        for (int i = 0; i < tracks.size(); i++) {
            w.startFull("trex", 0, 0).u32(i + 1L).u32(1).u32(0).u32(0).u32(0).end();
        }
        w.end();
        moovBoxes.forEach(w::bytes);
        w.end();
        return w.toByteArray();
    }
}
