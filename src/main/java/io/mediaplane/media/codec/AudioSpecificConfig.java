package io.mediaplane.media.codec;

import java.util.Arrays;

/**
 * The start of an MPEG-4 AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1): the audio object type,
 * sampling frequency and channel configuration, with explicit SBR/PS signalling resolved to the
 * HE-AAC object types 5 and 29.
 *
 * @param objectType 2 for AAC-LC, 5 for HE-AAC (SBR), 29 for HE-AAC v2 (PS)
 * @param sampleRate the core sampling frequency in Hz (what ADTS carries)
 * @param channelConfiguration 1 to 7 (0 means a program config element, not supported for ADTS)
 * @param bytes the record as stored
 */
public record AudioSpecificConfig(int objectType, int sampleRate, int channelConfiguration, byte[] bytes) {

    /** Sampling frequencies by samplingFrequencyIndex (ISO/IEC 14496-3 Table 1.18). */
    static final int[] RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350
    };

    public static AudioSpecificConfig parse(byte[] b) throws CodecException {
        BitReader r = new BitReader(b, 0, b.length);
        int type = objectType(r);
        int rate = rate(r);
        int channels = r.bits(4);
        if (type == 5 || type == 29) {
            rate(r); // extensionSamplingFrequency; the core rate stays the one ADTS and timing use
            int core = objectType(r);
            if (core != 2) {
                throw new CodecException("HE-AAC over audio object type " + core + " is not supported");
            }
        }
        return new AudioSpecificConfig(type, rate, channels, b.clone());
    }

    /** A two-byte record for an AAC object type, a standard sampling frequency and a channel configuration. */
    public static AudioSpecificConfig of(int objectType, int sampleRate, int channelConfiguration)
            throws CodecException {
        int index = rateIndex(sampleRate);
        byte[] b = new BitWriter()
                .bits(5, objectType)
                .bits(4, index)
                .bits(4, channelConfiguration)
                .bits(3, 0)
                .toByteArray();
        return new AudioSpecificConfig(objectType, sampleRate, channelConfiguration, b);
    }

    /** The RFC 6381 codecs parameter, e.g. {@code mp4a.40.2}. */
    public String codecs() {
        return "mp4a.40." + objectType;
    }

    /** The samplingFrequencyIndex of a standard rate. */
    public static int rateIndex(int sampleRate) throws CodecException {
        for (int i = 0; i < RATES.length; i++) {
            if (RATES[i] == sampleRate) {
                return i;
            }
        }
        throw new CodecException("AAC sampling frequency " + sampleRate + " Hz has no index");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioSpecificConfig a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    private static int objectType(BitReader r) throws CodecException {
        int type = r.bits(5);
        return type == 31 ? 32 + r.bits(6) : type;
    }

    private static int rate(BitReader r) throws CodecException {
        int index = r.bits(4);
        if (index == 15) {
            return r.bits(24);
        }
        if (index >= RATES.length) {
            throw new CodecException("AAC samplingFrequencyIndex " + index + " is reserved");
        }
        return RATES[index];
    }
}
