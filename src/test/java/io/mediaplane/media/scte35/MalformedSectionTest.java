package io.mediaplane.media.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input gives a {@link Scte35Exception} that says what is wrong, never another exception. */
class MalformedSectionTest {
    private static final byte[] SAMPLE = Base64.getDecoder().decode(StandardVectorsTest.TS_PO_START);

    private static String error(byte[] b) {
        return assertThrows(Scte35Exception.class, () -> SpliceInfoSection.decode(b))
                .getMessage();
    }

    @Test
    void crcCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x0376E6E7L, Crc32Mpeg2.compute(check, 0, check.length));
    }

    @Test
    void aFlippedBitFailsTheCrc() {
        byte[] b = SAMPLE.clone();
        b[20] ^= 0x04;
        assertTrue(error(b).startsWith("CRC_32 mismatch"), error(b));
        assertTrue(error(Base64.getDecoder()
                        .decode("/DA4AAAAAAAAAP/wFAUABDEAf+//mWEhzP4Azf5gAQAAAAATAhFDVUVJAAAAAX+/AQIwNAEAAKeYO3Q="))
                .startsWith("CRC_32 mismatch"));
    }

    @Test
    void headerErrorsAreNamed() {
        assertTrue(error(new byte[0]).contains("too short"));
        byte[] b = SAMPLE.clone();
        b[0] = (byte) 0xFD;
        assertEquals("table_id 0xFD is not 0xFC (splice_info_section)", error(b));
        assertTrue(
                error(java.util.Arrays.copyOf(SAMPLE, SAMPLE.length - 1)).contains("section_length 52 means 55 bytes"));
        assertTrue(error(java.util.Arrays.copyOf(SAMPLE, SAMPLE.length + 1)).contains("but 56 were given"));
    }

    @Test
    void encryptedAndInconsistentSectionsAreRefusedWithAValidCrc() {
        byte[] encrypted = withCrc(SAMPLE, b -> b[4] |= (byte) 0x80);
        assertEquals("encrypted splice_info_sections are not supported", error(encrypted));
        byte[] longCommand = withCrc(SAMPLE, b -> b[12] = 0x06);
        assertTrue(error(longCommand).contains("splice_command_length 6 leaves 1 bytes"), error(longCommand));
        byte[] longLoop = withCrc(SAMPLE, b -> b[20] = 0x1F);
        assertTrue(error(longLoop).startsWith("descriptor loop is truncated"), error(longLoop));
        byte[] longUpid = withCrc(SAMPLE, b -> b[39] = 0x09);
        assertTrue(error(longUpid).contains("splice_descriptor 0 (tag 2) is truncated"), error(longUpid));
    }

    @Test
    void badTextEncodings() {
        assertTrue(assertThrows(Scte35Exception.class, () -> SpliceInfoSection.fromBase64("/DA*"))
                .getMessage()
                .startsWith("not base64"));
        assertTrue(assertThrows(Scte35Exception.class, () -> SpliceInfoSection.fromHex("0xFG30"))
                .getMessage()
                .startsWith("not hex"));
        assertTrue(assertThrows(Scte35Exception.class, () -> SpliceInfoSection.fromHex("0xFC3"))
                .getMessage()
                .startsWith("not hex"));
        assertThrows(Scte35Exception.class, () -> SpliceInfoSection.fromHex("0x\u0663\u0663"));
        assertEquals(
                SpliceInfoSection.fromBase64(StandardVectorsTest.SPLICE_INSERT),
                SpliceInfoSection.fromBase64(
                        "/DAvAAAAAAAA///wFAVIAACPf+/+c2nA\n  Lv4AUsz1AAAAAAAKAAhDVUVJAAABNWLbowo="));
    }

    @Test
    void modelsRefuseValuesThatDoNotFit() {
        assertEquals(
                "pts_time 8589934592 does not fit in 33 unsigned bits",
                assertThrows(Scte35Exception.class, () -> SpliceTime.at(1L << 33))
                        .getMessage());
        assertThrows(Scte35Exception.class, () -> new AvailDescriptor(-1));
        assertThrows(Scte35Exception.class, () -> SpliceInsert.out(1, SpliceTime.NONE, Optional.empty(), 70_000, 0, 0));
        assertThrows(
                Scte35Exception.class,
                () -> new SpliceInsert(
                        1, false, true, true, true, true, SpliceTime.at(5), List.of(), Optional.empty(), 0, 0, 0));
        assertThrows(Scte35Exception.class, () -> new UnknownCommand(SpliceCommand.TIME_SIGNAL, Bytes.EMPTY));
        assertThrows(Scte35Exception.class, () -> new Upid(Upid.ADI, Bytes.of(new byte[256])));
    }

    @Test
    void randomCorruptionOnlyEverGivesScte35Exception() {
        Random random = new Random(35);
        List<byte[]> samples = List.of(
                SAMPLE,
                Base64.getDecoder().decode(StandardVectorsTest.SPLICE_INSERT),
                Base64.getDecoder().decode(StandardVectorsTest.TS_PROGRAM_START_END));
        int decoded = 0;
        for (int i = 0; i < 5_000; i++) {
            byte[] b = samples.get(i % samples.size()).clone();
            int flips = 1 + random.nextInt(3);
            for (int f = 0; f < flips; f++) {
                b[3 + random.nextInt(b.length - 7)] ^= (byte) (1 << random.nextInt(8));
            }
            b = withCrc(b, x -> {});
            if (random.nextInt(4) == 0) {
                b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            try {
                SpliceInfoSection s = SpliceInfoSection.decode(b);
                assertEquals(s, SpliceInfoSection.decode(s.encode()));
                decoded++;
            } catch (Scte35Exception expected) {
                // the only failure allowed
            }
        }
        assertTrue(
                decoded > 250, "many corrupted sections still decode, so every field decoder is reached: " + decoded);
    }

    /** A copy with {@code change} applied and the CRC_32 recomputed. */
    static byte[] withCrc(byte[] section, java.util.function.Consumer<byte[]> change) {
        byte[] b = section.clone();
        change.accept(b);
        long crc = Crc32Mpeg2.compute(b, 0, b.length - 4);
        for (int i = 0; i < 4; i++) {
            b[b.length - 4 + i] = (byte) (crc >>> (24 - 8 * i));
        }
        return b;
    }
}
