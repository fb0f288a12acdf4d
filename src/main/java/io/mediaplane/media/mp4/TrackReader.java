package io.mediaplane.media.mp4;

import io.mediaplane.media.index.MediaFormat;
import io.mediaplane.media.index.Samples;
import io.mediaplane.media.index.Segmenter;
import io.mediaplane.media.index.Track;

/** Reads one {@code trak} of a progressive MP4 into a {@link Track}. */
final class TrackReader {
    private TrackReader() {}

    /** The track, or null when it is neither video nor audio (hint, text, timecode tracks). */
    static Track read(Box trak, long movieTimescale, long fileSize) throws Mp4Exception {
        Box tkhd = trak.require("tkhd");
        int id = (int) tkhd.u32(tkhd.version() == 1 ? 20 : 12);
        String name = "track " + id;
        Box mdia = trak.require("mdia");
        Box hdlr = mdia.require("hdlr");
        String handler = FourCc.toString((int) hdlr.u32(8));
        if (!Track.VIDEO.equals(handler) && !Track.AUDIO.equals(handler)) {
            return null;
        }
        Box mdhd = mdia.require("mdhd");
        boolean v1 = mdhd.version() == 1;
        long timescale = mdhd.u32(v1 ? 20 : 12);
        if (timescale == 0) {
            throw new Mp4Exception(name + ": media timescale is 0");
        }
        String language = language(mdhd.u16(v1 ? 32 : 20));
        Box stbl = mdia.require("minf").require("stbl");
        Box stsd = stbl.require("stsd");
        var entries = stsd.children(8);
        if (entries.isEmpty()) {
            throw new Mp4Exception(name + ": 'stsd' has no sample entry");
        }
        MediaFormat format = SampleEntryReader.read(entries.get(0), handler, language);
        Samples samples = SampleTableReader.read(stbl, fileSize, name);
        long[] edit = edit(trak.child("edts"), movieTimescale, timescale);
        return new Track(id, handler, timescale, edit[1], edit[0], format, samples);
    }

    /**
     * The edit list as {emptyEdit, mediaTime} in media ticks: leading empty edits add up to the
     * delay, and the first non-empty edit gives where presentation starts. Later edits are ignored.
     */
    private static long[] edit(Box edts, long movieTimescale, long timescale) throws Mp4Exception {
        Box elst = edts == null ? null : edts.child("elst");
        if (elst == null) {
            return new long[] {0, 0};
        }
        boolean v1 = elst.version() == 1;
        int size = v1 ? 20 : 12;
        long count = elst.u32(4);
        long empty = 0;
        for (int e = 0; e < count; e++) {
            int at = 8 + size * e;
            long duration = v1 ? elst.u64(at) : elst.u32(at);
            long mediaTime = v1 ? elst.u64(at + 8) : elst.s32(at + 4);
            if (mediaTime == -1) {
                empty += duration;
            } else {
                if (mediaTime < 0) {
                    throw new Mp4Exception("edit list has a negative media time " + mediaTime);
                }
                return new long[] {Segmenter.rescale(empty, movieTimescale, timescale), mediaTime};
            }
        }
        return new long[] {Segmenter.rescale(empty, movieTimescale, timescale), 0};
    }

    /** The ISO 639-2/T code packed in three 5-bit letters (ISO/IEC 14496-12 §8.4.2.3). */
    private static String language(int packed) {
        if (packed == 0 || packed == 0x7fff) {
            return "und";
        }
        char[] c = {
            (char) (((packed >>> 10) & 0x1f) + 0x60),
            (char) (((packed >>> 5) & 0x1f) + 0x60),
            (char) ((packed & 0x1f) + 0x60)
        };
        return new String(c);
    }
}
