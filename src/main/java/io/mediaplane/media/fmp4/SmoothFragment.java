package io.mediaplane.media.fmp4;

import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.index.Samples;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.BoxWriter;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;

/**
 * Smooth Streaming (PIFF 1.1, MS-SSTR) fragments: a {@code moof} and {@code mdat} of one track
 * with no {@code styp} or {@code tfdt}; the traf ends with a {@code tfxd} box (the fragment's
 * absolute time and duration) and, when given, a {@code tfrf} box announcing the next fragments.
 * Times are in the track's timescale, which the manifest's {@code TimeScale} must state.
 */
public final class SmoothFragment {
    static final byte[] TFXD = HexFormat.of().parseHex("6d1d9b0542d544e680e2141daff757b2");
    static final byte[] TFRF = HexFormat.of().parseHex("d4807ef2ca3946958e5426cb9e46a79f");

    private SmoothFragment() {}

    /**
     * The fragment of a run (its first sample's decode time is the fragment time).
     *
     * @param next {time, duration} of the fragments that follow, for {@code tfrf}; empty for none
     */
    public static byte[] write(int sequence, TrackRun run, List<long[]> next) throws IOException {
        return MediaSegment.write(sequence, List.of(run), false, false, new TrafBoxes() {
            @Override
            public boolean tfdt() {
                return false;
            }

            @Override
            public void write(BoxWriter w, int index, TrackRun r, int moofStart) {
                w.start("uuid")
                        .bytes(TFXD)
                        .u32(0x01000000)
                        .u64(time(r))
                        .u64(duration(r))
                        .end();
                if (!next.isEmpty()) {
                    w.start("uuid").bytes(TFRF).u32(0x01000000).u8(next.size());
                    next.forEach(f -> w.u64(f[0]).u64(f[1]));
                    w.end();
                }
            }
        });
    }

    /** The fragment time the manifest's {@code c@t} gives for a run. */
    public static long time(TrackRun run) {
        return run.track().samples().decodeTime(run.from());
    }

    /** The fragment duration the manifest's {@code c@d} gives for a run. */
    public static long duration(TrackRun run) {
        Samples s = run.track().samples();
        long end = run.to() < s.count() ? s.decodeTime(run.to()) : s.endTime();
        return end - s.decodeTime(run.from());
    }

    /** The manifest's {@code FourCC}: {@code H264} or {@code AACL}. */
    public static String fourCc(Track track) {
        return track.isVideo() ? "H264" : "AACL";
    }

    /**
     * The manifest's {@code CodecPrivateData} in hexadecimal: for H.264 the SPS and PPS each after
     * a start code, for AAC the AudioSpecificConfig.
     */
    public static String codecPrivateData(Track track) throws CodecException {
        byte[] config = track.format().decoderConfig();
        if (!track.isVideo()) {
            return HexFormat.of().withUpperCase().formatHex(config);
        }
        AvcConfig avc = AvcConfig.parse(config);
        StringBuilder s = new StringBuilder();
        for (byte[] unit : avc.sequenceParameterSets()) {
            s.append("00000001").append(HexFormat.of().formatHex(unit));
        }
        for (byte[] unit : avc.pictureParameterSets()) {
            s.append("00000001").append(HexFormat.of().formatHex(unit));
        }
        return s.toString().toUpperCase();
    }
}
