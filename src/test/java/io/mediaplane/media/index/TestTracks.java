package io.mediaplane.media.index;

/** Tracks made up in code, for tests that need exact numbers. */
final class TestTracks {
    private TestTracks() {}

    /** Video at 25 fps (timescale 25) with sync samples at the given frame numbers, 100 bytes a frame. */
    static Track video(int frames, int... sync) throws IndexException {
        long[] dts = new long[frames];
        int[] sizes = new int[frames];
        long[] offsets = new long[frames];
        for (int i = 0; i < frames; i++) {
            dts[i] = i;
            sizes[i] = 100;
            offsets[i] = 100L * i;
        }
        var format = new MediaFormat("avc1", "avc1.42c01e", 320, 180, 0, 0, "und", new byte[0], new byte[0]);
        return new Track(1, Track.VIDEO, 25, 0, 0, format, Samples.of(dts, frames, null, sizes, offsets, sync));
    }

    /** AAC frames of 1024 at 48 kHz with the usual 1024 encoder delay, 10 bytes each. */
    static Track audio(int frames) throws IndexException {
        long[] dts = new long[frames];
        int[] sizes = new int[frames];
        long[] offsets = new long[frames];
        for (int i = 0; i < frames; i++) {
            dts[i] = 1024L * i;
            sizes[i] = 10;
            offsets[i] = 10L * i;
        }
        var format = new MediaFormat(
                "mp4a", "mp4a.40.2", 0, 0, 48000, 2, "und", new byte[] {0x11, (byte) 0x90}, new byte[0]);
        return new Track(
                2, Track.AUDIO, 48000, 1024, 0, format, Samples.of(dts, 1024L * frames, null, sizes, offsets, null));
    }
}
