package io.mediaplane.media.index;

import java.util.Arrays;

/**
 * What a track holds and how to describe it to a player.
 *
 * @param sampleEntryType the sample entry's four-character code: {@code avc1}, {@code avc3},
 *     {@code hvc1}, {@code hev1}, {@code mp4a}, ...
 * @param codecs the RFC 6381 codecs parameter for HLS {@code CODECS} and DASH {@code @codecs},
 *     e.g. {@code avc1.64001f}, {@code mp4a.40.2}
 * @param width picture width (video), else 0
 * @param height picture height (video), else 0
 * @param sampleRate sampling frequency in Hz (audio), else 0
 * @param channels channel count (audio), else 0
 * @param language ISO 639-2/T code from the media header, {@code und} when unknown
 * @param decoderConfig the avcC / hvcC record body, or the AAC AudioSpecificConfig
 * @param sampleEntry the whole sample entry box as an init segment's {@code stsd} carries it
 */
public record MediaFormat(
        String sampleEntryType,
        String codecs,
        int width,
        int height,
        int sampleRate,
        int channels,
        String language,
        byte[] decoderConfig,
        byte[] sampleEntry) {

    public MediaFormat {
        decoderConfig = decoderConfig.clone();
        sampleEntry = sampleEntry.clone();
    }

    @Override
    public byte[] decoderConfig() {
        return decoderConfig.clone();
    }

    @Override
    public byte[] sampleEntry() {
        return sampleEntry.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaFormat f
                && sampleEntryType.equals(f.sampleEntryType)
                && codecs.equals(f.codecs)
                && width == f.width
                && height == f.height
                && sampleRate == f.sampleRate
                && channels == f.channels
                && language.equals(f.language)
                && Arrays.equals(decoderConfig, f.decoderConfig)
                && Arrays.equals(sampleEntry, f.sampleEntry);
    }

    @Override
    public int hashCode() {
        return codecs.hashCode() * 31 + Arrays.hashCode(sampleEntry);
    }

    @Override
    public String toString() {
        return "MediaFormat[" + codecs + (width > 0 ? " " + width + "x" + height : "")
                + (sampleRate > 0 ? " " + sampleRate + " Hz " + channels + " ch" : "") + "]";
    }
}
