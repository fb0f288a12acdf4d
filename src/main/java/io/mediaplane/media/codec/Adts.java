package io.mediaplane.media.codec;

/**
 * The 7-byte ADTS header (ISO/IEC 14496-3 §1.A.2.2) that frames raw AAC in MPEG-TS: written from
 * an AudioSpecificConfig, and read back into one.
 */
public final class Adts {
    /** Length of a header without CRC. */
    public static final int HEADER = 7;
    /** Longest frame an ADTS header can describe (13-bit frame_length). */
    public static final int MAX_FRAME = 0x1fff;

    private Adts() {}

    /**
     * Writes the header of a frame carrying {@code payloadLength} bytes of raw AAC. HE-AAC is
     * signalled implicitly, as ADTS does: AAC-LC at the core rate.
     */
    public static void write(byte[] b, int at, AudioSpecificConfig config, int payloadLength) throws CodecException {
        int frame = HEADER + payloadLength;
        if (frame > MAX_FRAME) {
            throw new CodecException("AAC frame of " + payloadLength + " bytes is too long for ADTS");
        }
        int type = config.objectType() == 5 || config.objectType() == 29 ? 2 : config.objectType();
        if (type < 1 || type > 4 || config.channelConfiguration() == 0 || config.channelConfiguration() > 7) {
            throw new CodecException("AAC object type " + config.objectType() + " with channel configuration "
                    + config.channelConfiguration() + " cannot be framed in ADTS");
        }
        int rate = AudioSpecificConfig.rateIndex(config.sampleRate());
        int channels = config.channelConfiguration();
        b[at] = (byte) 0xff;
        b[at + 1] = (byte) 0xf1; // MPEG-4, layer 0, no CRC
        b[at + 2] = (byte) (((type - 1) << 6) | (rate << 2) | (channels >>> 2));
        b[at + 3] = (byte) (((channels & 3) << 6) | (frame >>> 11));
        b[at + 4] = (byte) (frame >>> 3);
        b[at + 5] = (byte) (((frame & 7) << 5) | 0x1f); // buffer fullness 0x7ff: variable rate
        b[at + 6] = (byte) 0xfc; // one raw data block
    }

    /** Whether an ADTS sync word starts at {@code at}. */
    public static boolean isSync(byte[] b, int at, int end) {
        return at + 1 < end && (b[at] & 0xff) == 0xff && (b[at + 1] & 0xf6) == 0xf0;
    }

    /** The header's length: 7, or 9 with a CRC. */
    public static int headerLength(byte[] b, int at) {
        return (b[at + 1] & 1) == 0 ? HEADER + 2 : HEADER;
    }

    /** The frame_length field: header plus payload. */
    public static int frameLength(byte[] b, int at) {
        return ((b[at + 3] & 3) << 11) | ((b[at + 4] & 0xff) << 3) | ((b[at + 5] & 0xff) >>> 5);
    }

    /** The AudioSpecificConfig the header describes. */
    public static AudioSpecificConfig config(byte[] b, int at) throws CodecException {
        int type = ((b[at + 2] & 0xff) >>> 6) + 1;
        int index = (b[at + 2] >>> 2) & 0xf;
        int channels = ((b[at + 2] & 1) << 2) | ((b[at + 3] & 0xff) >>> 6);
        if (index >= AudioSpecificConfig.RATES.length) {
            throw new CodecException("ADTS samplingFrequencyIndex " + index + " is reserved");
        }
        return AudioSpecificConfig.of(type, AudioSpecificConfig.RATES[index], channels);
    }
}
