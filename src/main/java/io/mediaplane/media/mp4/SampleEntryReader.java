package io.mediaplane.media.mp4;

import io.mediaplane.media.codec.AudioSpecificConfig;
import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.codec.HevcConfig;
import io.mediaplane.media.index.MediaFormat;

/**
 * Reads a sample entry (ISO/IEC 14496-12 §12.1.3 visual, §12.2.3 audio) into a {@link
 * MediaFormat}: size, rate and channels, the decoder configuration ({@code avcC}, {@code hvcC},
 * {@code esds}) and the codecs string. Entries of other codecs keep their four-character code as
 * codecs string and an empty decoder configuration.
 */
final class SampleEntryReader {
    /** Fixed fields of a VisualSampleEntry after the box header. */
    static final int VISUAL_FIXED = 78;
    /** Fixed fields of an AudioSampleEntry (version 0) after the box header. */
    static final int AUDIO_FIXED = 28;

    private SampleEntryReader() {}

    static MediaFormat read(Box entry, String handler, String language) throws Mp4Exception {
        String type = entry.typeName();
        try {
            if ("vide".equals(handler)) {
                return visual(entry, type, language);
            }
            return audio(entry, type, language);
        } catch (CodecException e) {
            throw new Mp4Exception("'" + type + "' sample entry: " + e.getMessage(), e);
        }
    }

    private static MediaFormat visual(Box entry, String type, String language) throws Mp4Exception, CodecException {
        int width = entry.u16(24);
        int height = entry.u16(26);
        byte[] config = new byte[0];
        String codecs = type;
        for (Box child : entry.children(VISUAL_FIXED)) {
            switch (child.typeName()) {
                case "avcC" -> {
                    config = child.bytes(0, child.size());
                    codecs = AvcConfig.parse(config).codecs(type);
                }
                case "hvcC" -> {
                    config = child.bytes(0, child.size());
                    codecs = HevcConfig.parse(config).codecs(type);
                }
                default -> {}
            }
        }
        return new MediaFormat(type, codecs, width, height, 0, 0, language, config, entry.toBytes());
    }

    private static MediaFormat audio(Box entry, String type, String language) throws Mp4Exception, CodecException {
        int version = entry.u16(8);
        int channels = entry.u16(16);
        int rate = (int) (entry.u32(24) >>> 16);
        int skip = AUDIO_FIXED + (version == 1 ? 16 : version == 2 ? 36 : 0);
        byte[] config = new byte[0];
        String codecs = type;
        Box esds = "mp4a".equals(type)
                ? entry.children(skip).stream()
                        .filter(b -> "esds".equals(b.typeName()))
                        .findFirst()
                        .orElse(null)
                : null;
        if (esds != null) {
            Esds d = Esds.parse(esds);
            codecs = "mp4a." + Integer.toHexString(d.objectTypeIndication()).toUpperCase();
            if (d.objectTypeIndication() == 0x40) {
                config = d.decoderSpecificInfo();
                AudioSpecificConfig asc = AudioSpecificConfig.parse(config);
                codecs = asc.codecs();
                rate = asc.sampleRate();
                channels = asc.channelConfiguration() > 0 ? channelCount(asc.channelConfiguration()) : channels;
            }
        }
        return new MediaFormat(type, codecs, 0, 0, rate, channels, language, config, entry.toBytes());
    }

    /** Channels of an MPEG-4 channelConfiguration (ISO/IEC 14496-3 Table 1.19). */
    static int channelCount(int configuration) {
        return configuration == 7 ? 8 : configuration;
    }
}
