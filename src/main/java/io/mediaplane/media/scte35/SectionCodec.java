package io.mediaplane.media.scte35;

import java.util.List;

/** The splice_info_section header, the command and descriptor loop framing, and the CRC_32. */
final class SectionCodec {
    private static final int LEGACY_LENGTH = 0xFFF;
    /** Bytes from protocol_version up to splice_command_type, excluded. */
    private static final int FIXED_AFTER_LENGTH = 10;

    private SectionCodec() {}

    static SpliceInfoSection decode(byte[] b) {
        if (b.length < 3) {
            throw new Scte35Exception("splice_info_section of " + b.length + " bytes is too short");
        }
        BitReader r = new BitReader(b, 0, b.length, "splice_info_section");
        int tableId = r.u8();
        if (tableId != SpliceInfoSection.TABLE_ID) {
            throw new Scte35Exception(String.format("table_id 0x%02X is not 0xFC (splice_info_section)", tableId));
        }
        if (r.flag()) {
            throw new Scte35Exception("section_syntax_indicator is 1; a splice_info_section has 0");
        }
        if (r.flag()) {
            throw new Scte35Exception("private_indicator is 1; a splice_info_section has 0");
        }
        int sapType = (int) r.bits(2);
        int sectionLength = (int) r.bits(12);
        int total = 3 + sectionLength;
        if (total != b.length) {
            throw new Scte35Exception(
                    "section_length " + sectionLength + " means " + total + " bytes, but " + b.length + " were given");
        }
        if (sectionLength < FIXED_AFTER_LENGTH + 1 + 2 + 4) {
            throw new Scte35Exception("section_length " + sectionLength + " is too short for a splice_info_section");
        }
        if (Crc32Mpeg2.compute(b, 0, total) != 0) {
            long crc = Crc32Mpeg2.compute(b, 0, total - 4);
            long got = new BitReader(b, total - 4, total, "CRC_32").bits(32);
            throw new Scte35Exception(
                    String.format("CRC_32 mismatch: the section carries 0x%08X, its bytes give 0x%08X", got, crc));
        }
        int protocolVersion = r.u8();
        if (r.flag()) {
            throw new Scte35Exception("encrypted splice_info_sections are not supported");
        }
        int encryptionAlgorithm = (int) r.bits(6);
        long ptsAdjustment = r.bits(33);
        int cwIndex = r.u8();
        int tier = (int) r.bits(12);
        int commandLength = (int) r.bits(12);
        int type = r.u8();
        int end = total - 4;
        SpliceCommand command;
        if (commandLength == LEGACY_LENGTH) {
            if (!CommandCodec.selfDelimiting(type)) {
                throw new Scte35Exception("splice_command_length 0xFFF (unknown) for command type " + type
                        + ", whose length does not follow from its fields");
            }
            BitReader rest = new BitReader(b, r.bytePos(), end, "splice command " + type);
            command = CommandCodec.read(type, rest);
            r.skip((rest.bytePos() - r.bytePos()) * 8);
        } else {
            BitReader c =
                    new BitReader(b, r.bytePos(), Math.min(end, r.bytePos() + commandLength), "splice command " + type);
            if (r.bytePos() + commandLength > end) {
                throw new Scte35Exception("splice_command_length " + commandLength + " runs past the section");
            }
            command = CommandCodec.read(type, c);
            if (!c.atEnd()) {
                throw new Scte35Exception("splice_command_length " + commandLength + " leaves " + c.remainingBytes()
                        + " bytes after the command's fields");
            }
            r.skip(commandLength * 8);
        }
        BitReader tail = new BitReader(b, r.bytePos(), end, "descriptor loop");
        int loopLength = (int) tail.bits(16);
        List<SpliceDescriptor> descriptors = DescriptorCodec.readLoop(tail.slice(loopLength, "descriptor loop"));
        Bytes stuffing = Bytes.wrap(tail.bytes(tail.remainingBytes()));
        return new SpliceInfoSection(
                sapType,
                protocolVersion,
                encryptionAlgorithm,
                ptsAdjustment,
                cwIndex,
                tier,
                command,
                descriptors,
                stuffing);
    }

    static byte[] encode(SpliceInfoSection s) {
        byte[] command = CommandCodec.write(s.command());
        BitWriter loop = new BitWriter();
        DescriptorCodec.writeLoop(s.descriptors(), loop);
        byte[] descriptors = loop.toByteArray();
        if (command.length >= LEGACY_LENGTH) {
            throw new Scte35Exception("a splice command of " + command.length + " bytes does not fit");
        }
        int sectionLength = FIXED_AFTER_LENGTH
                + 1
                + command.length
                + 2
                + descriptors.length
                + s.alignmentStuffing().length()
                + 4;
        if (descriptors.length > 0xFFFF || sectionLength > 4093) {
            throw new Scte35Exception("section_length " + sectionLength + " exceeds 4093");
        }
        BitWriter w = new BitWriter()
                .bits(SpliceInfoSection.TABLE_ID, 8)
                .flag(false)
                .flag(false)
                .bits(s.sapType(), 2)
                .bits(sectionLength, 12)
                .bits(s.protocolVersion(), 8)
                .flag(false)
                .bits(s.encryptionAlgorithm(), 6)
                .bits(s.ptsAdjustment(), 33)
                .bits(s.cwIndex(), 8)
                .bits(s.tier(), 12)
                .bits(command.length, 12)
                .bits(s.command().type(), 8)
                .bytes(command)
                .bits(descriptors.length, 16)
                .bytes(descriptors)
                .bytes(s.alignmentStuffing().raw());
        byte[] body = w.toByteArray();
        long crc = Crc32Mpeg2.compute(body, 0, body.length);
        return w.bits(crc, 32).toByteArray();
    }
}
