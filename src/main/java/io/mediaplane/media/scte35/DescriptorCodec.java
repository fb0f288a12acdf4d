package io.mediaplane.media.scte35;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads and writes the splice_descriptor loop. */
final class DescriptorCodec {
    private DescriptorCodec() {}

    static List<SpliceDescriptor> readLoop(BitReader loop) {
        List<SpliceDescriptor> out = new ArrayList<>();
        while (!loop.atEnd()) {
            int tag = loop.u8();
            int length = loop.u8();
            byte[] data = loop.bytes(length);
            out.add(read(tag, data, "splice_descriptor " + out.size() + " (tag " + tag + ")"));
        }
        return out;
    }

    private static SpliceDescriptor read(int tag, byte[] data, String what) {
        boolean cuei = data.length >= 4
                && (data[0] & 0xff) == 'C'
                && (data[1] & 0xff) == 'U'
                && (data[2] & 0xff) == 'E'
                && (data[3] & 0xff) == 'I';
        if (!cuei || (tag != SpliceDescriptor.AVAIL_TAG && tag != SpliceDescriptor.SEGMENTATION_TAG)) {
            return new RawDescriptor(tag, Bytes.wrap(data));
        }
        BitReader body = new BitReader(data, 4, data.length, what);
        SpliceDescriptor d =
                tag == SpliceDescriptor.AVAIL_TAG ? new AvailDescriptor(body.bits(32)) : segmentation(body);
        if (!body.atEnd()) {
            throw new Scte35Exception(what + " has " + body.remainingBytes() + " bytes after its fields");
        }
        return d;
    }

    private static SegmentationDescriptor segmentation(BitReader r) {
        long eventId = r.bits(32);
        boolean cancel = r.flag();
        boolean compliance = r.flag();
        r.skip(6);
        if (cancel) {
            return SegmentationDescriptor.cancel(eventId, compliance);
        }
        boolean program = r.flag();
        boolean hasDuration = r.flag();
        boolean notRestricted = r.flag();
        Optional<SegmentationDescriptor.DeliveryRestrictions> restrictions = Optional.empty();
        if (notRestricted) {
            r.skip(5);
        } else {
            restrictions = Optional.of(
                    new SegmentationDescriptor.DeliveryRestrictions(r.flag(), r.flag(), r.flag(), (int) r.bits(2)));
        }
        List<SegmentationDescriptor.Component> components = new ArrayList<>();
        if (!program) {
            int count = r.u8();
            for (int i = 0; i < count; i++) {
                int tag = r.u8();
                r.skip(7);
                components.add(new SegmentationDescriptor.Component(tag, r.bits(33)));
            }
        }
        OptionalLong duration = hasDuration ? OptionalLong.of(r.bits(40)) : OptionalLong.empty();
        int upidType = r.u8();
        int upidLength = r.u8();
        Upid upid = new Upid(upidType, Bytes.wrap(r.bytes(upidLength)));
        int typeId = r.u8();
        int segmentNum = r.u8();
        int segmentsExpected = r.u8();
        Optional<SegmentationDescriptor.SubSegments> sub = Optional.empty();
        if (r.remainingBytes() >= 2) {
            sub = Optional.of(new SegmentationDescriptor.SubSegments(r.u8(), r.u8()));
        }
        return new SegmentationDescriptor(
                eventId,
                false,
                compliance,
                program,
                restrictions,
                components,
                duration,
                upid,
                typeId,
                segmentNum,
                segmentsExpected,
                sub);
    }

    static void writeLoop(List<SpliceDescriptor> descriptors, BitWriter w) {
        for (SpliceDescriptor d : descriptors) {
            byte[] body = body(d);
            if (body.length > 255) {
                throw new Scte35Exception("a descriptor of " + body.length + " bytes does not fit descriptor_length");
            }
            w.bits(d.tag(), 8).bits(body.length, 8).bytes(body);
        }
    }

    private static byte[] body(SpliceDescriptor d) {
        return switch (d) {
            case RawDescriptor raw -> raw.data().raw();
            case AvailDescriptor a ->
                new BitWriter()
                        .bits(SpliceDescriptor.CUEI, 32)
                        .bits(a.providerAvailId(), 32)
                        .toByteArray();
            case SegmentationDescriptor s -> segmentation(s);
        };
    }

    private static byte[] segmentation(SegmentationDescriptor s) {
        BitWriter w = new BitWriter().bits(SpliceDescriptor.CUEI, 32).bits(s.segmentationEventId(), 32);
        w.flag(s.cancel()).flag(s.eventIdCompliance()).reserved(6);
        if (s.cancel()) {
            return w.toByteArray();
        }
        w.flag(s.programSegmentation())
                .flag(s.segmentationDuration().isPresent())
                .flag(s.deliveryRestrictions().isEmpty());
        if (s.deliveryRestrictions().isPresent()) {
            SegmentationDescriptor.DeliveryRestrictions r =
                    s.deliveryRestrictions().get();
            w.flag(r.webDeliveryAllowed()).flag(r.noRegionalBlackout()).flag(r.archiveAllowed());
            w.bits(r.deviceRestrictions(), 2);
        } else {
            w.reserved(5);
        }
        if (!s.programSegmentation()) {
            w.bits(s.components().size(), 8);
            for (SegmentationDescriptor.Component c : s.components()) {
                w.bits(c.componentTag(), 8).reserved(7).bits(c.ptsOffset(), 33);
            }
        }
        s.segmentationDuration().ifPresent(d -> w.bits(d, 40));
        w.bits(s.upid().type(), 8)
                .bits(s.upid().value().length(), 8)
                .bytes(s.upid().value().raw());
        w.bits(s.segmentationTypeId(), 8).bits(s.segmentNum(), 8).bits(s.segmentsExpected(), 8);
        s.subSegments().ifPresent(sub -> w.bits(sub.subSegmentNum(), 8).bits(sub.subSegmentsExpected(), 8));
        return w.toByteArray();
    }
}
