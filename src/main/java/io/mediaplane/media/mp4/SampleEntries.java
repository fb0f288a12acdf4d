package io.mediaplane.media.mp4;

import io.mediaplane.media.codec.AudioSpecificConfig;
import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.index.MediaFormat;

/** Sample entries made from decoder configurations, for sources that carry none (MPEG-TS). */
public final class SampleEntries {
    private SampleEntries() {}

    /** An {@code avc1} VisualSampleEntry (ISO/IEC 14496-15 §5.4.2) and its format. */
    public static MediaFormat avc1(AvcConfig config) throws CodecException {
        var sps = config.sps();
        byte[] avcC = config.toBytes();
        BoxWriter w = new BoxWriter();
        w.start("avc1");
        visualFields(w, sps.width(), sps.height());
        w.start("avcC").bytes(avcC).end();
        w.end();
        return new MediaFormat(
                "avc1", config.codecs("avc1"), sps.width(), sps.height(), 0, 0, "und", avcC, w.toByteArray());
    }

    /** An {@code mp4a} AudioSampleEntry with its {@code esds} (ISO/IEC 14496-14 §6.7) and its format. */
    public static MediaFormat mp4a(AudioSpecificConfig config, long avgBitrate, long maxBitrate) {
        int channels = SampleEntryReader.channelCount(config.channelConfiguration());
        BoxWriter w = new BoxWriter();
        w.start("mp4a");
        w.zeros(6).u16(1); // reserved, data_reference_index
        w.zeros(8).u16(channels).u16(16).zeros(4);
        w.u32(config.sampleRate() <= 0xffff ? (long) config.sampleRate() << 16 : 0);
        w.bytes(Esds.audio(config.bytes(), 0, maxBitrate, avgBitrate));
        w.end();
        return new MediaFormat(
                "mp4a", config.codecs(), 0, 0, config.sampleRate(), channels, "und", config.bytes(), w.toByteArray());
    }

    static void visualFields(BoxWriter w, int width, int height) {
        w.zeros(6).u16(1); // reserved, data_reference_index
        w.zeros(16); // pre_defined, reserved, pre_defined[3]
        w.u16(width).u16(height);
        w.u32(0x00480000).u32(0x00480000); // 72 dpi
        w.u32(0).u16(1); // reserved, frame_count
        w.zeros(32); // compressorname
        w.u16(0x18).u16(0xffff); // depth, pre_defined = -1
    }
}
