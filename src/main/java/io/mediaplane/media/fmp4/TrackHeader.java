package io.mediaplane.media.fmp4;

import io.mediaplane.media.index.Track;
import io.mediaplane.media.mp4.BoxWriter;

/** The {@code trak} of one track in a fragmented movie's {@code moov}: headers, edit, an empty sample table. */
final class TrackHeader {
    private static final int[] UNITY_MATRIX = {0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000};

    private TrackHeader() {}

    static void write(BoxWriter w, Track track, int trackId) {
        var format = track.format();
        w.start("trak");
        w.startFull("tkhd", 0, 3); // enabled, in movie
        w.u32(0).u32(0).u32(trackId).u32(0).u32(0); // times, track_ID, reserved, duration
        w.zeros(8).u16(0).u16(0).u16(track.isAudio() ? 0x0100 : 0).u16(0);
        matrix(w);
        w.u32((long) format.width() << 16).u32((long) format.height() << 16);
        w.end();
        if (track.mediaTime() != 0 || track.emptyEdit() != 0) {
            edit(w, track);
        }
        w.start("mdia");
        w.startFull("mdhd", 0, 0).u32(0).u32(0).u32(track.timescale()).u32(0);
        w.u16(language(format.language())).u16(0).end();
        w.startFull("hdlr", 0, 0).u32(0).fourCc(track.handler()).zeros(12);
        w.bytes((track.isVideo() ? "VideoHandler\0" : "SoundHandler\0").getBytes())
                .end();
        w.start("minf");
        if (track.isVideo()) {
            w.startFull("vmhd", 0, 1).zeros(8).end();
        } else {
            w.startFull("smhd", 0, 0).zeros(4).end();
        }
        w.start("dinf")
                .startFull("dref", 0, 0)
                .u32(1)
                .startFull("url ", 0, 1)
                .end()
                .end()
                .end();
        w.start("stbl");
        w.startFull("stsd", 0, 0).u32(1).bytes(format.sampleEntry()).end();
        w.startFull("stts", 0, 0).u32(0).end();
        w.startFull("stsc", 0, 0).u32(0).end();
        w.startFull("stsz", 0, 0).u32(0).u32(0).end();
        w.startFull("stco", 0, 0).u32(0).end();
        w.end().end().end().end();
    }

    static void matrix(BoxWriter w) {
        for (int v : UNITY_MATRIX) {
            w.u32(v & 0xffffffffL);
        }
    }

    /**
     * An edit list of the leading empty edit (if any, in movie ticks of {@link
     * InitSegment#MOVIE_TIMESCALE}) and one edit from the track's media time on, whose
     * segment_duration 0 means "to the end" in a fragmented movie.
     */
    private static void edit(BoxWriter w, Track track) {
        w.start("edts");
        boolean empty = track.emptyEdit() != 0;
        w.startFull("elst", 1, 0).u32(empty ? 2 : 1);
        if (empty) {
            long duration = Math.round((double) track.emptyEdit() * InitSegment.MOVIE_TIMESCALE / track.timescale());
            w.u64(duration).u64(-1L).u32(0x00010000);
        }
        w.u64(0).u64(track.mediaTime()).u32(0x00010000);
        w.end().end();
    }

    /** ISO 639-2/T letters packed 5 bits each (ISO/IEC 14496-12 §8.4.2.3); {@code und} when not three letters. */
    static int language(String code) {
        String c = code != null && code.length() == 3 && code.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
                ? code
                : "und";
        return ((c.charAt(0) - 0x60) << 10) | ((c.charAt(1) - 0x60) << 5) | (c.charAt(2) - 0x60);
    }
}
