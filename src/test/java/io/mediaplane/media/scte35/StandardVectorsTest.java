package io.mediaplane.media.scte35;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample messages of the SCTE 35 standard (section 14): field values and bit-exact re-encoding. */
class StandardVectorsTest {
    static final String TS_PO_START = "/DA0AAAAAAAA///wBQb+cr0AUAAeAhxDVUVJSAAAjn/PAAGlmbAICAAAAAAsoKGKNAIAmsnRfg==";
    static final String SPLICE_INSERT = "/DAvAAAAAAAA///wFAVIAACPf+/+c2nALv4AUsz1AAAAAAAKAAhDVUVJAAABNWLbowo=";
    static final String TS_PO_END = "/DAvAAAAAAAA///wBQb+dGKQoAAZAhdDVUVJSAAAjn+fCAgAAAAALKChijUCAKnMZ1g=";
    static final String TS_PROGRAM_START_END =
            "/DBIAAAAAAAA///wBQb+ek2ItgAyAhdDVUVJSAAAGH+fCAgAAAAALMvDRBEAAAIXQ1VFSUgAABl/nwgIAAAAACyk26AQAACZcuND";

    @ParameterizedTest
    @ValueSource(
            strings = {
                TS_PO_START,
                SPLICE_INSERT,
                TS_PO_END,
                TS_PROGRAM_START_END,
                "/DAvAAAAAAAA///wBQb+rr//ZAAZAhdDVUVJSAAACH+fCAgAAAAALKVs9RcAAJUdsKg=",
                "/DBIAAAAAAAA///wBQb+ky44CwAyAhdDVUVJSAAACn+fCAgAAAAALKCh4xgAAAIXQ1VFSUgAAAl/nwgIAAAAACygoYoRAAC0IX6w",
                "/DAvAAAAAAAA///wBQb+rvF8TAAZAhdDVUVJSAAAB3+fCAgAAAAALKVslxEAAMSHai4=",
                "/DBhAAAAAAAA///wBQb+qM1E7QBLAhdDVUVJSAAArX+fCAgAAAAALLLXnTUCAAIXQ1VFSUgAACZ/nwgIAAAAACyy150RAAACF0NVRUlIAAAnf58ICAAAAAAsstezEAAAihiGnw=="
            })
    void everySampleReencodesToTheSameBytes(String base64) {
        SpliceInfoSection s = SpliceInfoSection.fromBase64(base64);
        assertEquals(base64, s.toBase64());
        assertEquals(s, SpliceInfoSection.fromHex(s.toHex()));
    }

    @Test
    void timeSignalPlacementOpportunityStart() {
        SpliceInfoSection s = SpliceInfoSection.fromBase64(TS_PO_START);
        assertEquals(3, s.sapType());
        assertEquals(0, s.protocolVersion());
        assertEquals(0, s.ptsAdjustment());
        assertEquals(0xFF, s.cwIndex());
        assertEquals(0xFFF, s.tier());
        assertEquals(TimeSignal.at(0x072bd0050L), s.command());
        assertEquals(1, s.descriptors().size());
        SegmentationDescriptor d =
                assertInstanceOf(SegmentationDescriptor.class, s.descriptors().get(0));
        assertEquals(0x4800008eL, d.segmentationEventId());
        assertFalse(d.cancel());
        assertTrue(d.programSegmentation());
        assertEquals(
                Optional.of(new SegmentationDescriptor.DeliveryRestrictions(false, true, true, 3)),
                d.deliveryRestrictions());
        assertEquals(OptionalLong.of(0x0001a599b0L), d.segmentationDuration());
        assertEquals(307.0, d.segmentationDuration().getAsLong() / 90_000.0);
        assertEquals(new Upid(Upid.TI, Bytes.ofHex("000000002ca0a18a")), d.upid());
        assertEquals(SegmentationDescriptor.PROVIDER_PLACEMENT_OPPORTUNITY_START, d.segmentationTypeId());
        assertEquals(2, d.segmentNum());
        assertEquals(0, d.segmentsExpected());
        assertEquals(Optional.empty(), d.subSegments(), "the sample omits sub_segment_num");
    }

    @Test
    void spliceInsertOutOfNetworkWithAvailDescriptor() {
        SpliceInfoSection s = SpliceInfoSection.fromHex(
                "0xFC302F000000000000FFFFF014054800008F7FEFFE7369C02EFE0052CCF500000000000A0008435545490000013562DBA30A");
        SpliceInsert i = assertInstanceOf(SpliceInsert.class, s.command());
        assertEquals(0x4800008fL, i.spliceEventId());
        assertFalse(i.cancel());
        assertTrue(i.outOfNetwork());
        assertTrue(i.programSplice());
        assertFalse(i.spliceImmediate());
        assertEquals(SpliceTime.at(0x07369c02eL), i.spliceTime());
        assertEquals(Optional.of(new BreakDuration(true, 0x00052ccf5L)), i.breakDuration());
        assertEquals(60.293567, i.breakDuration().get().seconds(), 1e-6);
        assertEquals(0, i.uniqueProgramId());
        assertEquals(0, i.availNum());
        assertEquals(0, i.availsExpected());
        assertEquals(List.of(new AvailDescriptor(0x135)), s.descriptors());
        assertEquals(SPLICE_INSERT, s.toBase64());
    }

    @Test
    void placementOpportunityEndAndProgramStartEnd() {
        SegmentationDescriptor end = (SegmentationDescriptor)
                SpliceInfoSection.fromBase64(TS_PO_END).descriptors().get(0);
        assertEquals(SegmentationDescriptor.PROVIDER_PLACEMENT_OPPORTUNITY_END, end.segmentationTypeId());
        assertEquals(OptionalLong.empty(), end.segmentationDuration());
        assertEquals(
                Optional.of(new SegmentationDescriptor.DeliveryRestrictions(true, true, true, 3)),
                end.deliveryRestrictions());

        SpliceInfoSection both = SpliceInfoSection.fromBase64(TS_PROGRAM_START_END);
        assertEquals(TimeSignal.at(0x07a4d88b6L), both.command());
        SegmentationDescriptor first =
                (SegmentationDescriptor) both.descriptors().get(0);
        SegmentationDescriptor second =
                (SegmentationDescriptor) both.descriptors().get(1);
        assertEquals(0x48000018L, first.segmentationEventId());
        assertEquals(SegmentationDescriptor.PROGRAM_END, first.segmentationTypeId());
        assertEquals(Bytes.ofHex("000000002ccbc344"), first.upid().value());
        assertEquals(0x48000019L, second.segmentationEventId());
        assertEquals(SegmentationDescriptor.PROGRAM_START, second.segmentationTypeId());
    }

    @Test
    void spliceNullHeartbeat() {
        SpliceInfoSection s = SpliceInfoSection.fromBase64("/DARAAAAAAAAAP/wAAAAAHpPv/8=");
        assertEquals(new SpliceNull(), s.command());
        assertEquals(List.of(), s.descriptors());
        assertEquals(0, s.cwIndex());
        assertEquals("/DARAAAAAAAAAP/wAAAAAHpPv/8=", s.toBase64());
    }

    @Test
    void buildingTheSpliceInsertSampleFromFieldsGivesItsBytes() {
        SpliceInfoSection built = SpliceInfoSection.of(
                SpliceInsert.out(
                        0x4800008fL,
                        SpliceTime.at(0x07369c02eL),
                        Optional.of(new BreakDuration(true, 0x00052ccf5L)),
                        0,
                        0,
                        0),
                List.of(new AvailDescriptor(0x135)));
        assertEquals(SPLICE_INSERT, built.toBase64());
    }
}
