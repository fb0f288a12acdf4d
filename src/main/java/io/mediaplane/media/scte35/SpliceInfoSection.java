package io.mediaplane.media.scte35;

import java.util.Base64;
import java.util.List;

/**
 * An SCTE 35 {@code splice_info_section} (table_id 0xFC), decoded field by field and encoded back
 * to the same bytes. Reserved bits are written as 1s and splice_command_length is always the real
 * length (a legacy 0xFFF is decoded but not reproduced). Encrypted sections are refused.
 *
 * @param sapType the 2-bit SAP type (3: not specified)
 * @param encryptionAlgorithm carried even though encrypted_packet is 0
 * @param ptsAdjustment 33-bit offset added to every PTS in the command (see {@link #adjust(long)})
 * @param alignmentStuffing bytes between the descriptors and the CRC_32, usually none
 */
public record SpliceInfoSection(
        int sapType,
        int protocolVersion,
        int encryptionAlgorithm,
        long ptsAdjustment,
        int cwIndex,
        int tier,
        SpliceCommand command,
        List<SpliceDescriptor> descriptors,
        Bytes alignmentStuffing) {

    public static final int TABLE_ID = 0xFC;
    public static final int SAP_NOT_SPECIFIED = 3;

    public SpliceInfoSection {
        Fields.check("sap_type", sapType, 2);
        Fields.check("protocol_version", protocolVersion, 8);
        Fields.check("encryption_algorithm", encryptionAlgorithm, 6);
        Fields.check("pts_adjustment", ptsAdjustment, 33);
        Fields.check("cw_index", cwIndex, 8);
        Fields.check("tier", tier, 12);
        Fields.required("splice command", command);
        descriptors = List.copyOf(Fields.required("descriptors", descriptors));
        Fields.required("alignment stuffing", alignmentStuffing);
    }

    /** A section with the usual header: SAP not specified, no PTS adjustment, cw_index 0xFF, tier 0xFFF. */
    public static SpliceInfoSection of(SpliceCommand command, List<SpliceDescriptor> descriptors) {
        return new SpliceInfoSection(SAP_NOT_SPECIFIED, 0, 0, 0, 0xFF, 0xFFF, command, descriptors, Bytes.EMPTY);
    }

    public static SpliceInfoSection decode(byte[] section) {
        return SectionCodec.decode(section);
    }

    /** Decodes base64 (as in {@code EXT-X-SPLICEPOINT-SCTE35} and DASH {@code scte35:Binary}); whitespace is ignored. */
    public static SpliceInfoSection fromBase64(String base64) {
        return decode(base64Bytes(base64));
    }

    /** Decodes hex digits, with or without {@code 0x} (as in {@code EXT-X-DATERANGE SCTE35-OUT}). */
    public static SpliceInfoSection fromHex(String hex) {
        return decode(Hex.decode(hex.strip()));
    }

    public byte[] encode() {
        return SectionCodec.encode(this);
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(encode());
    }

    /** Upper-case hex with a {@code 0x} prefix, the form HLS attribute lists carry. */
    public String toHex() {
        return "0x" + Hex.encode(encode());
    }

    /** {@code pts} plus pts_adjustment, modulo 2^33. */
    public long adjust(long pts) {
        return (pts + ptsAdjustment) & Fields.MAX_33;
    }

    public SpliceInfoSection withPtsAdjustment(long adjustment) {
        return new SpliceInfoSection(
                sapType,
                protocolVersion,
                encryptionAlgorithm,
                adjustment,
                cwIndex,
                tier,
                command,
                descriptors,
                alignmentStuffing);
    }

    static byte[] base64Bytes(String base64) {
        StringBuilder clean = new StringBuilder(base64.length());
        for (int i = 0; i < base64.length(); i++) {
            char c = base64.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                clean.append(c);
            }
        }
        try {
            return Base64.getDecoder().decode(clean.toString());
        } catch (IllegalArgumentException e) {
            throw new Scte35Exception("not base64: " + e.getMessage(), e);
        }
    }
}
