package io.mediaplane.media.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecConfigTest {

    /** An hvcC with no parameter sets: version, profile byte, compatibility, constraints, level, then fixed fields. */
    static byte[] hvcC(int profileByte, String compatibility, int level, int bitDepthByte) {
        return HexFormat.of()
                .parseHex("01" + String.format("%02x", profileByte) + compatibility + "b00000000000"
                        + String.format("%02x", level) + "f000fcfd"
                        + String.format("%02x%02x", bitDepthByte, bitDepthByte)
                        + "00000f00");
    }

    @Test
    void hevcCodecsStringsFollowIso14496_15AnnexE() throws Exception {
        HevcConfig main = HevcConfig.parse(hvcC(0x01, "60000000", 93, 0xf8));
        assertEquals("hvc1.1.6.L93.B0", main.codecs("hvc1"));
        assertEquals(8, main.bitDepthLuma());
        assertEquals(4, main.lengthSize());
        HevcConfig main10 = HevcConfig.parse(hvcC(0x22, "20000000", 150, 0xfa));
        assertEquals("hev1.2.4.H150.B0", main10.codecs("hev1"));
        assertEquals(10, main10.bitDepthLuma(), "what a service needs to refuse 10-bit sources");
        assertThrows(CodecException.class, () -> HevcConfig.parse(new byte[5]));
    }

    @Test
    void audioSpecificConfigAndAdtsAgree() throws Exception {
        AudioSpecificConfig lc = AudioSpecificConfig.parse(new byte[] {0x11, (byte) 0x90});
        assertEquals(2, lc.objectType());
        assertEquals(48000, lc.sampleRate());
        assertEquals(2, lc.channelConfiguration());
        assertEquals("mp4a.40.2", lc.codecs());
        assertArrayEquals(lc.bytes(), AudioSpecificConfig.of(2, 48000, 2).bytes());
        byte[] frame = new byte[Adts.HEADER];
        Adts.write(frame, 0, lc, 300);
        assertEquals("fff1", HexFormat.of().formatHex(frame, 0, 2));
        assertEquals(307, Adts.frameLength(frame, 0));
        assertEquals(Adts.HEADER, Adts.headerLength(frame, 0));
        assertEquals(lc, Adts.config(frame, 0));
        // HE-AAC with explicit SBR signalling: AOT 5, core 24 kHz, extension 48 kHz, then AOT 2
        AudioSpecificConfig he = AudioSpecificConfig.parse(new byte[] {0x2b, 0x11, (byte) 0x88, 0});
        assertEquals("mp4a.40.5", he.codecs());
        assertEquals(24000, he.sampleRate());
        Adts.write(frame, 0, he, 10);
        assertEquals(AudioSpecificConfig.of(2, 24000, 2), Adts.config(frame, 0), "ADTS signals HE-AAC implicitly");
        assertThrows(CodecException.class, () -> Adts.write(frame, 0, lc, 9000));
        assertThrows(CodecException.class, () -> AudioSpecificConfig.parse(new byte[] {0x17}));
    }

    @Test
    void nalUnitFramingBothWays() throws Exception {
        byte[] annexB = HexFormat.of().parseHex("00000001" + "0910" + "000001" + "6742" + "00000001" + "65aabb00");
        List<int[]> units = NalUnits.annexB(annexB, 0, annexB.length);
        assertEquals(3, units.size());
        assertEquals(NalUnits.AVC_AUD, NalUnits.avcType(annexB[units.get(0)[0]]));
        assertEquals(2, units.get(1)[1]);
        assertEquals(3, units.get(2)[1], "trailing zero bytes are not part of the NAL unit");
        var out = new java.io.ByteArrayOutputStream();
        for (int[] u : units) {
            NalUnits.writeLengthPrefixed(out, annexB, u[0], u[1]);
        }
        byte[] prefixed = out.toByteArray();
        assertEquals(3, NalUnits.lengthPrefixed(prefixed, 0, prefixed.length, 4).size());
        assertThrows(CodecException.class, () -> NalUnits.lengthPrefixed(prefixed, 0, prefixed.length - 1, 4));
        assertArrayEquals(
                HexFormat.of().parseHex("000001000000"),
                NalUnits.unescape(HexFormat.of().parseHex("0000030100000300"), 0, 8),
                "emulation prevention bytes removed");
    }
}
