package io.mediaplane.media.hls;

/** Names (without the leading '#') of the tags this package knows. */
public final class Tags {
    public static final String EXTM3U = "EXTM3U";
    public static final String EXTINF = "EXTINF";
    public static final String VERSION = "EXT-X-VERSION";
    public static final String TARGETDURATION = "EXT-X-TARGETDURATION";
    public static final String MEDIA_SEQUENCE = "EXT-X-MEDIA-SEQUENCE";
    public static final String DISCONTINUITY_SEQUENCE = "EXT-X-DISCONTINUITY-SEQUENCE";
    public static final String PLAYLIST_TYPE = "EXT-X-PLAYLIST-TYPE";
    public static final String I_FRAMES_ONLY = "EXT-X-I-FRAMES-ONLY";
    public static final String INDEPENDENT_SEGMENTS = "EXT-X-INDEPENDENT-SEGMENTS";
    public static final String START = "EXT-X-START";
    public static final String ENDLIST = "EXT-X-ENDLIST";
    public static final String BYTERANGE = "EXT-X-BYTERANGE";
    public static final String DISCONTINUITY = "EXT-X-DISCONTINUITY";
    public static final String KEY = "EXT-X-KEY";
    public static final String MAP = "EXT-X-MAP";
    public static final String PROGRAM_DATE_TIME = "EXT-X-PROGRAM-DATE-TIME";
    public static final String DATERANGE = "EXT-X-DATERANGE";
    public static final String GAP = "EXT-X-GAP";
    public static final String STREAM_INF = "EXT-X-STREAM-INF";
    public static final String I_FRAME_STREAM_INF = "EXT-X-I-FRAME-STREAM-INF";
    public static final String MEDIA = "EXT-X-MEDIA";
    public static final String SESSION_DATA = "EXT-X-SESSION-DATA";
    public static final String SESSION_KEY = "EXT-X-SESSION-KEY";
    public static final String CUE_OUT = "EXT-X-CUE-OUT";
    public static final String CUE_OUT_CONT = "EXT-X-CUE-OUT-CONT";
    public static final String CUE_IN = "EXT-X-CUE-IN";
    public static final String SPLICEPOINT_SCTE35 = "EXT-X-SPLICEPOINT-SCTE35";
    public static final String SCTE35 = "EXT-X-SCTE35";
    public static final String OATCLS_SCTE35 = "EXT-OATCLS-SCTE35";
    public static final String ASSET = "EXT-X-ASSET";

    /** Every name above; the tokenizer reuses these instances instead of allocating a name per line. */
    static final String[] KNOWN = {
        EXTM3U,
        EXTINF,
        VERSION,
        TARGETDURATION,
        MEDIA_SEQUENCE,
        DISCONTINUITY_SEQUENCE,
        PLAYLIST_TYPE,
        I_FRAMES_ONLY,
        INDEPENDENT_SEGMENTS,
        START,
        ENDLIST,
        BYTERANGE,
        DISCONTINUITY,
        KEY,
        MAP,
        PROGRAM_DATE_TIME,
        DATERANGE,
        GAP,
        STREAM_INF,
        I_FRAME_STREAM_INF,
        MEDIA,
        SESSION_DATA,
        SESSION_KEY,
        CUE_OUT,
        CUE_OUT_CONT,
        CUE_IN,
        SPLICEPOINT_SCTE35,
        SCTE35,
        OATCLS_SCTE35,
        ASSET
    };

    private Tags() {}

    /** The name of the tag in {@code text} from index 1 to {@code end}, as a shared constant when known. */
    static String name(String text, int end) {
        int length = end - 1;
        for (String known : KNOWN) {
            if (known.length() == length && text.regionMatches(1, known, 0, length)) {
                return known;
            }
        }
        return text.substring(1, end);
    }

    /** Whether the tag applies to the whole playlist (RFC 8216 4.4.2, 4.4.3 and 4.4.5). */
    static boolean playlistLevel(String name) {
        return switch (name) {
            case EXTM3U,
                    VERSION,
                    TARGETDURATION,
                    MEDIA_SEQUENCE,
                    DISCONTINUITY_SEQUENCE,
                    PLAYLIST_TYPE,
                    I_FRAMES_ONLY,
                    INDEPENDENT_SEGMENTS,
                    START,
                    "EXT-X-ALLOW-CACHE",
                    "EXT-X-SERVER-CONTROL",
                    "EXT-X-PART-INF",
                    "EXT-X-DEFINE",
                    "EXT-X-SKIP" -> true;
            default -> false;
        };
    }
}
