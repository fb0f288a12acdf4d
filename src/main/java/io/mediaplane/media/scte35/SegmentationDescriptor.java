package io.mediaplane.media.scte35;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code segmentation_descriptor()} (tag 2, "CUEI"). {@code deliveryRestrictions} is empty when
 * delivery_not_restricted_flag is set; {@code components} is used when program_segmentation_flag is
 * clear; {@code segmentationDuration} is in 90 kHz ticks (40 bits). {@code subSegments} is present
 * when the descriptor carries sub_segment_num and sub_segments_expected (SCTE 35 defines them for
 * the placement opportunity types; older encoders omit them, some add them to other types). A
 * cancel carries only the event id and the compliance flag.
 */
public record SegmentationDescriptor(
        long segmentationEventId,
        boolean cancel,
        boolean eventIdCompliance,
        boolean programSegmentation,
        Optional<DeliveryRestrictions> deliveryRestrictions,
        List<Component> components,
        OptionalLong segmentationDuration,
        Upid upid,
        int segmentationTypeId,
        int segmentNum,
        int segmentsExpected,
        Optional<SubSegments> subSegments)
        implements SpliceDescriptor {

    public static final int PROGRAM_START = 0x10;
    public static final int PROGRAM_END = 0x11;
    public static final int BREAK_START = 0x22;
    public static final int BREAK_END = 0x23;
    public static final int PROVIDER_ADVERTISEMENT_START = 0x30;
    public static final int PROVIDER_ADVERTISEMENT_END = 0x31;
    public static final int DISTRIBUTOR_ADVERTISEMENT_START = 0x32;
    public static final int DISTRIBUTOR_ADVERTISEMENT_END = 0x33;
    public static final int PROVIDER_PLACEMENT_OPPORTUNITY_START = 0x34;
    public static final int PROVIDER_PLACEMENT_OPPORTUNITY_END = 0x35;
    public static final int DISTRIBUTOR_PLACEMENT_OPPORTUNITY_START = 0x36;
    public static final int DISTRIBUTOR_PLACEMENT_OPPORTUNITY_END = 0x37;

    /** The delivery restriction flags and the 2-bit device_restrictions. */
    public record DeliveryRestrictions(
            boolean webDeliveryAllowed, boolean noRegionalBlackout, boolean archiveAllowed, int deviceRestrictions) {
        public DeliveryRestrictions {
            Fields.check("device_restrictions", deviceRestrictions, 2);
        }
    }

    /** A component of a component segmentation, with its 33-bit pts_offset. */
    public record Component(int componentTag, long ptsOffset) {
        public Component {
            Fields.check("component_tag", componentTag, 8);
            Fields.check("pts_offset", ptsOffset, 33);
        }
    }

    /** sub_segment_num and sub_segments_expected. */
    public record SubSegments(int subSegmentNum, int subSegmentsExpected) {
        public SubSegments {
            Fields.check("sub_segment_num", subSegmentNum, 8);
            Fields.check("sub_segments_expected", subSegmentsExpected, 8);
        }
    }

    public SegmentationDescriptor {
        Fields.check("segmentation_event_id", segmentationEventId, 32);
        Fields.required("delivery restrictions", deliveryRestrictions);
        components = List.copyOf(Fields.required("components", components));
        Fields.required("segmentation_duration", segmentationDuration);
        segmentationDuration.ifPresent(d -> Fields.check("segmentation_duration", d, 40));
        Fields.required("segmentation_upid", upid);
        Fields.check("segmentation_type_id", segmentationTypeId, 8);
        Fields.check("segment_num", segmentNum, 8);
        Fields.check("segments_expected", segmentsExpected, 8);
        Fields.required("sub-segments", subSegments);
        if (cancel
                && (!programSegmentation
                        || deliveryRestrictions.isPresent()
                        || segmentationDuration.isPresent()
                        || !upid.equals(Upid.NONE)
                        || segmentationTypeId != 0
                        || segmentNum != 0
                        || segmentsExpected != 0
                        || subSegments.isPresent())) {
            throw new Scte35Exception("a cancelled segmentation_descriptor carries only its event id");
        }
        if (programSegmentation && !components.isEmpty()) {
            throw new Scte35Exception("a program segmentation has no components");
        }
        if (components.size() > 255) {
            throw new Scte35Exception("component_count " + components.size() + " does not fit in 8 bits");
        }
    }

    /** A program-wide descriptor with no delivery restrictions and no sub-segments. */
    public static SegmentationDescriptor of(
            long eventId, OptionalLong duration, Upid upid, int typeId, int segmentNum, int segmentsExpected) {
        return new SegmentationDescriptor(
                eventId,
                false,
                true,
                true,
                Optional.empty(),
                List.of(),
                duration,
                upid,
                typeId,
                segmentNum,
                segmentsExpected,
                Optional.empty());
    }

    /** Cancels the segmentation event {@code eventId}. */
    public static SegmentationDescriptor cancel(long eventId) {
        return cancel(eventId, true);
    }

    /** Cancels the segmentation event {@code eventId}, with its event-id compliance flag. */
    public static SegmentationDescriptor cancel(long eventId, boolean eventIdCompliance) {
        return new SegmentationDescriptor(
                eventId,
                true,
                eventIdCompliance,
                true,
                Optional.empty(),
                List.of(),
                OptionalLong.empty(),
                Upid.NONE,
                0,
                0,
                0,
                Optional.empty());
    }

    @Override
    public int tag() {
        return SEGMENTATION_TAG;
    }
}
