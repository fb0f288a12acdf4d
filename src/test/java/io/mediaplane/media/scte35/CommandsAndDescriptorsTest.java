package io.mediaplane.media.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Commands and descriptors the standard's samples do not cover. The expected bytes were assembled
 * by hand, field by field, with the CRC_32 computed by a separate bitwise CRC-32/MPEG-2.
 */
class CommandsAndDescriptorsTest {

    private static void assertCodec(String hex, SpliceInfoSection model) {
        assertEquals(hex, model.toHex());
        assertEquals(model, SpliceInfoSection.fromHex(hex));
    }

    @Test
    void bandwidthReservation() {
        assertCodec(
                "0xFC3011000000000000FFFFF00007000073169423",
                SpliceInfoSection.of(new BandwidthReservation(), List.of()));
    }

    @Test
    void privateCommandKeepsItsBytes() {
        assertCodec(
                "0xFC3018000000000000FFFFF007FF41424344010203000086483832",
                SpliceInfoSection.of(new PrivateCommand(0x41424344L, Bytes.ofHex("010203")), List.of()));
    }

    @Test
    void timeSignalWithoutTime() {
        assertCodec(
                "0xFC3012000000000000FFFFF001067F000056A881D8",
                SpliceInfoSection.of(new TimeSignal(SpliceTime.NONE), List.of()));
    }

    @Test
    void componentSpliceInsertWithPtsAdjustment() {
        SpliceInsert insert = new SpliceInsert(
                0x1234,
                false,
                true,
                false,
                false,
                true,
                SpliceTime.NONE,
                List.of(
                        new SpliceInsert.Component(0x21, SpliceTime.at(0xABCD)),
                        new SpliceInsert.Component(0x22, SpliceTime.NONE)),
                Optional.of(new BreakDuration(false, 2_700_000)),
                0x0102,
                1,
                4);
        SpliceInfoSection s = SpliceInfoSection.of(insert, List.of()).withPtsAdjustment(0x1_0000_0005L);
        assertCodec("0xFC3029000100000005FFFFF01805000012347FAF0221FE0000ABCD227F7E002932E00102010400002247C2AD", s);
        assertEquals(0x1_0000_ABD2L, s.adjust(0xABCD));
        assertEquals(0x1_0000_0004L, s.adjust((1L << 33) - 1), "wraps at 2^33");
    }

    @Test
    void cancelledSpliceInsert() {
        assertCodec(
                "0xFC3016000000000000FFFFF005050000CAFEFF000044AB767F",
                SpliceInfoSection.of(SpliceInsert.cancel(0xCAFE), List.of()));
    }

    @Test
    void segmentationCancelComponentsAndSubSegments() {
        SegmentationDescriptor components = new SegmentationDescriptor(
                0x77,
                false,
                false,
                false,
                Optional.empty(),
                List.of(new SegmentationDescriptor.Component(0x31, 0x1_0000_0010L)),
                OptionalLong.empty(),
                new Upid(Upid.URI, Bytes.ofText("a:b")),
                SegmentationDescriptor.DISTRIBUTOR_PLACEMENT_OPPORTUNITY_START,
                1,
                2,
                Optional.of(new SegmentationDescriptor.SubSegments(3, 4)));
        SegmentationDescriptor cancel = new SegmentationDescriptor(
                0x99,
                true,
                true,
                true,
                Optional.empty(),
                List.of(),
                OptionalLong.empty(),
                Upid.NONE,
                0,
                0,
                0,
                Optional.empty());
        assertEquals(SegmentationDescriptor.cancel(0x99), cancel);
        assertCodec(
                "0xFC303E000000000000FFFFF00506FE00000010002802094355454900000099FF021B43554549000000773F3F0131FF000000100F03613A623601020304F3B1658E",
                SpliceInfoSection.of(TimeSignal.at(0x10), List.of(cancel, components)));
        assertEquals("a:b", components.upid().value().text());
    }

    @Test
    void dtmfDescriptorIsKeptRaw() {
        String hex =
                "0xFC303100000000000000FFF01405400087AE7FEFFED005912BFE005265C0002D007F000C010A43554549509F3531392AA39FFE80";
        SpliceInfoSection s = SpliceInfoSection.fromHex(hex);
        SpliceInsert i = assertInstanceOf(SpliceInsert.class, s.command());
        assertEquals(1073776558L, i.spliceEventId());
        assertEquals(SpliceTime.at(3490025771L), i.spliceTime());
        assertEquals(Optional.of(new BreakDuration(true, 5_400_000)), i.breakDuration());
        assertEquals(45, i.uniqueProgramId());
        assertEquals(0, i.availNum());
        assertEquals(127, i.availsExpected());
        RawDescriptor dtmf =
                assertInstanceOf(RawDescriptor.class, s.descriptors().get(0));
        assertEquals(SpliceDescriptor.DTMF_TAG, dtmf.tag());
        assertEquals(SpliceDescriptor.CUEI, dtmf.identifier());
        assertEquals(Bytes.ofHex("43554549509F3531392A"), dtmf.data());
        assertEquals(hex, s.toHex());
    }

    @Test
    void availTagWithAnotherIdentifierIsNotAnAvailDescriptor() {
        String b64 =
                "/DBPAAAAAAAAAP/wBQb/Gq9LggA5AAVTQVBTCwIwQ1VFSf////9//wAAFI4PDxx1cm46bmJjdW5pLmNvbTpicmM6NDk5ODY2NDM0MQoBbM98zw==";
        SpliceInfoSection s = SpliceInfoSection.fromBase64(b64);
        assertEquals(TimeSignal.at(4742663042L), s.command());
        RawDescriptor saps =
                assertInstanceOf(RawDescriptor.class, s.descriptors().get(0));
        assertEquals(0x53415053L, saps.identifier());
        SegmentationDescriptor d =
                assertInstanceOf(SegmentationDescriptor.class, s.descriptors().get(1));
        assertEquals(0xFFFFFFFFL, d.segmentationEventId());
        assertEquals(OptionalLong.of(1347087), d.segmentationDuration());
        assertEquals("urn:nbcuni.com:brc:499866434", d.upid().value().text());
        assertEquals(Upid.URI, d.upid().type());
        assertEquals(SegmentationDescriptor.PROVIDER_ADVERTISEMENT_END, d.segmentationTypeId());
        assertEquals(10, d.segmentNum());
        assertEquals(1, d.segmentsExpected());
        assertEquals(b64, s.toBase64());
    }

    @Test
    void midUpidStaysAsBytesAndSubSegmentsOnOtherTypesAreKept() {
        String mid =
                "/DBrAAAAAAAAAP/wBQb/AAAAAABVAlNDVUVJAAAAAn+/DUQKDBR3i+Xj9gAAAAAAAAoMFHeL5eP2AAAAAAAACSZTSUdOQUw6THk5RU1HeEtSMGhGWlV0cE1IZENVVlpuUlVGblp6MTcBA6QTOe8=";
        SpliceInfoSection s = SpliceInfoSection.fromBase64(mid);
        SegmentationDescriptor d = (SegmentationDescriptor) s.descriptors().get(0);
        assertEquals(Upid.MID, d.upid().type());
        assertEquals(0x44, d.upid().value().length());
        assertEquals(SegmentationDescriptor.DISTRIBUTOR_PLACEMENT_OPPORTUNITY_END, d.segmentationTypeId());
        assertEquals(mid, s.toBase64());

        String sub =
                "/DCRAAAAAAAAAP/wBQb/9peOEAB7AjhDVUVJAAAAnH+/DilhdmFpbGlkPTkxNDg2NjA2NSZiaXRtYXA9JmluYWN0aXZpdHk9MzEyMDEHCgI/Q1VFSQAAAJ1//wAANu6ADilhdmFpbGlkPTkxMDkwMTM4OSZiaXRtYXA9JmluYWN0aXZpdHk9MzEyMDAICgAAoJMeaA==";
        SpliceInfoSection withSub = SpliceInfoSection.fromBase64(sub);
        SegmentationDescriptor adStart =
                (SegmentationDescriptor) withSub.descriptors().get(1);
        assertEquals(SegmentationDescriptor.PROVIDER_ADVERTISEMENT_START, adStart.segmentationTypeId());
        assertEquals(Optional.of(new SegmentationDescriptor.SubSegments(0, 0)), adStart.subSegments());
        assertEquals(OptionalLong.of(3_600_000), adStart.segmentationDuration());
        assertEquals(sub, withSub.toBase64());
    }

    @Test
    void alignmentStuffingIsKept() {
        for (String b64 : List.of(
                "/DA0AABS2+YAAACgFAUALJGCf+/+MSwPcX4AUmXAAAAAAAAMAQpDVUVJRp8xMjEq3pnIPCi6lw==",
                "/DAvAABS2+YAAACgDwUALJGEf0/+MX7z3AAAAAAADAEKQ1VFSQCfMTIxI6SMuQkzWQI=")) {
            SpliceInfoSection s = SpliceInfoSection.fromBase64(b64);
            assertEquals(3, s.alignmentStuffing().length());
            assertEquals(0x52DBE600L, s.ptsAdjustment());
            assertEquals(b64, s.toBase64());
        }
    }

    @Test
    void legacyCommandLengthIsDecodedAndWrittenAsTheRealLength() {
        SpliceInfoSection s = SpliceInfoSection.fromBase64(
                "/DA8AAAAAAAAAP///wb+06ACpQAmAiRDVUVJAACcHX//AACky4AMEERJU0NZTVdGMDQ1MjAwMEgxAQEMm4c0");
        assertEquals(TimeSignal.at(3550479013L), s.command());
        SegmentationDescriptor d = (SegmentationDescriptor) s.descriptors().get(0);
        assertEquals(Upid.MPU, d.upid().type());
        assertEquals(OptionalLong.of(10_800_000), d.segmentationDuration());
        byte[] again = s.encode();
        assertEquals(0x005, ((again[11] & 0x0f) << 8) | (again[12] & 0xff));
        assertEquals(s, SpliceInfoSection.decode(again));

        SpliceInfoSection stuffed = SpliceInfoSection.fromBase64("/DAeAAAAAAAAAP///wViAA/nf18ACQAAAAAskJv+YPtE");
        SpliceInsert immediate = (SpliceInsert) stuffed.command();
        assertEquals(1644171239L, immediate.spliceEventId());
        assertEquals(true, immediate.spliceImmediate());
        assertEquals(9, immediate.uniqueProgramId());
        assertEquals(stuffed, SpliceInfoSection.decode(stuffed.encode()));
    }
}
