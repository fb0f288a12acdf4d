package io.mediaplane.media.ts;

/** The PMT stream_type values handled here (ISO/IEC 13818-1 Table 2-34). */
public final class StreamType {
    /** AAC audio in ADTS frames (ISO/IEC 13818-7). */
    public static final int AAC_ADTS = 0x0f;
    /** H.264 / AVC video. */
    public static final int H264 = 0x1b;
    /** H.265 / HEVC video. */
    public static final int H265 = 0x24;

    private StreamType() {}
}
