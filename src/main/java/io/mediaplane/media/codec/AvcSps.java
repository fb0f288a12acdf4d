package io.mediaplane.media.codec;

/**
 * The fields of an H.264 sequence parameter set (H.264 §7.3.2.1.1) that packaging needs: profile,
 * level, chroma format, bit depth and the cropped picture size.
 */
public record AvcSps(
        int profileIdc,
        int constraintFlags,
        int levelIdc,
        int chromaFormatIdc,
        int bitDepthLuma,
        int bitDepthChroma,
        int width,
        int height) {

    /** Parses an SPS NAL unit (with its one-byte NAL header). */
    public static AvcSps parse(byte[] nal, int offset, int length) throws CodecException {
        if (length < 4 || NalUnits.avcType(nal[offset]) != NalUnits.AVC_SPS) {
            throw new CodecException("not an H.264 sequence parameter set");
        }
        byte[] rbsp = NalUnits.unescape(nal, offset + 1, length - 1);
        BitReader r = new BitReader(rbsp, 0, rbsp.length);
        int profile = r.bits(8);
        int constraints = r.bits(8);
        int level = r.bits(8);
        r.ue(); // seq_parameter_set_id
        int chroma = 1;
        int depthLuma = 8;
        int depthChroma = 8;
        boolean separateColourPlanes = false;
        if (hasChromaInfo(profile)) {
            chroma = r.ue();
            if (chroma == 3) {
                separateColourPlanes = r.flag();
            }
            depthLuma = 8 + r.ue();
            depthChroma = 8 + r.ue();
            r.skip(1); // qpprime_y_zero_transform_bypass_flag
            if (r.flag()) {
                for (int i = 0; i < (chroma != 3 ? 8 : 12); i++) {
                    if (r.flag()) {
                        skipScalingList(r, i < 6 ? 16 : 64);
                    }
                }
            }
        }
        r.ue(); // log2_max_frame_num_minus4
        int pocType = r.ue();
        if (pocType == 0) {
            r.ue();
        } else if (pocType == 1) {
            r.skip(1);
            r.se();
            r.se();
            int cycle = r.ue();
            for (int i = 0; i < cycle; i++) {
                r.se();
            }
        }
        r.ue(); // max_num_ref_frames
        r.skip(1); // gaps_in_frame_num_value_allowed_flag
        int widthMbs = r.ue() + 1;
        int heightMapUnits = r.ue() + 1;
        boolean frameMbsOnly = r.flag();
        if (!frameMbsOnly) {
            r.skip(1);
        }
        r.skip(1); // direct_8x8_inference_flag
        int cropLeft = 0, cropRight = 0, cropTop = 0, cropBottom = 0;
        if (r.flag()) {
            cropLeft = r.ue();
            cropRight = r.ue();
            cropTop = r.ue();
            cropBottom = r.ue();
        }
        int arrayType = separateColourPlanes ? 0 : chroma;
        int subWidth = arrayType == 1 || arrayType == 2 ? 2 : 1;
        int subHeight = arrayType == 1 ? 2 : 1;
        int frameFactor = frameMbsOnly ? 1 : 2;
        int cropX = arrayType == 0 ? 1 : subWidth;
        int cropY = (arrayType == 0 ? 1 : subHeight) * frameFactor;
        int width = widthMbs * 16 - cropX * (cropLeft + cropRight);
        int height = frameFactor * heightMapUnits * 16 - cropY * (cropTop + cropBottom);
        if (width <= 0 || height <= 0) {
            throw new CodecException("H.264 SPS crops the picture to nothing");
        }
        return new AvcSps(profile, constraints, level, chroma, depthLuma, depthChroma, width, height);
    }

    /** Profiles whose SPS carries chroma_format_idc and bit depths (H.264 §7.3.2.1.1). */
    static boolean hasChromaInfo(int profile) {
        return switch (profile) {
            case 100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135 -> true;
            default -> false;
        };
    }

    private static void skipScalingList(BitReader r, int size) throws CodecException {
        int last = 8;
        int next = 8;
        for (int j = 0; j < size && next != 0; j++) {
            next = (last + r.se() + 256) % 256;
            last = next == 0 ? last : next;
        }
    }
}
