package io.mediaplane.media.dash;

import static io.mediaplane.media.xml.Dom.attribute;
import static io.mediaplane.media.xml.Dom.child;
import static io.mediaplane.media.xml.Dom.children;
import static io.mediaplane.media.xml.Dom.localName;

import io.mediaplane.media.scte35.AvailDescriptor;
import io.mediaplane.media.scte35.BandwidthReservation;
import io.mediaplane.media.scte35.BreakDuration;
import io.mediaplane.media.scte35.Bytes;
import io.mediaplane.media.scte35.SegmentationDescriptor;
import io.mediaplane.media.scte35.SpliceCommand;
import io.mediaplane.media.scte35.SpliceDescriptor;
import io.mediaplane.media.scte35.SpliceInfoSection;
import io.mediaplane.media.scte35.SpliceInsert;
import io.mediaplane.media.scte35.SpliceNull;
import io.mediaplane.media.scte35.SpliceTime;
import io.mediaplane.media.scte35.TimeSignal;
import io.mediaplane.media.scte35.Upid;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps an SCTE 35 XML {@code SpliceInfoSection} onto the binary model, with the schema's defaults
 * for absent attributes. Commands: SpliceNull, SpliceInsert, TimeSignal, BandwidthReservation;
 * descriptors: AvailDescriptor and SegmentationDescriptor (other elements are skipped).
 */
final class Scte35XmlReader {
    private Scte35XmlReader() {}

    static SpliceInfoSection section(Element s) {
        SpliceCommand command = null;
        List<SpliceDescriptor> descriptors = new ArrayList<>();
        for (Node n = s.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (localName(e)) {
                case "SpliceNull" -> command = once(command, new SpliceNull());
                case "BandwidthReservation" -> command = once(command, new BandwidthReservation());
                case "TimeSignal" -> command = once(command, new TimeSignal(time(child(e, "SpliceTime"))));
                case "SpliceInsert" -> command = once(command, insert(e));
                case "AvailDescriptor" -> descriptors.add(new AvailDescriptor(number(e, "providerAvailId", 32, 0)));
                case "SegmentationDescriptor" -> descriptors.add(segmentation(e));
                case "EncryptedPacket" -> throw new DashException("encrypted SpliceInfoSections are not supported");
                default -> {}
            }
        }
        if (command == null) {
            throw new DashException("SpliceInfoSection has no splice command this reader knows");
        }
        return new SpliceInfoSection(
                (int) number(s, "sapType", 2, SpliceInfoSection.SAP_NOT_SPECIFIED),
                (int) number(s, "protocolVersion", 8, 0),
                0,
                number(s, "ptsAdjustment", 33, 0),
                0xFF,
                (int) number(s, "tier", 12, 0xFFF),
                command,
                descriptors,
                Bytes.EMPTY);
    }

    private static SpliceCommand once(SpliceCommand previous, SpliceCommand next) {
        if (previous != null) {
            throw new DashException("SpliceInfoSection has more than one splice command");
        }
        return next;
    }

    private static SpliceInsert insert(Element e) {
        long eventId = number(e, "spliceEventId", 32, 0);
        if (flag(e, "spliceEventCancelIndicator", false)) {
            return SpliceInsert.cancel(eventId);
        }
        boolean immediate = flag(e, "spliceImmediateFlag", false);
        Element program = child(e, "Program");
        List<SpliceInsert.Component> components = new ArrayList<>();
        for (Element c : children(e, "Component")) {
            SpliceTime t = immediate ? SpliceTime.NONE : time(child(c, "SpliceTime"));
            components.add(new SpliceInsert.Component((int) number(c, "componentTag", 8, -1), t));
        }
        if (program == null && components.isEmpty()) {
            throw new DashException("SpliceInsert has neither Program nor Component");
        }
        Element duration = child(e, "BreakDuration");
        return new SpliceInsert(
                eventId,
                false,
                flag(e, "outOfNetworkIndicator", false),
                program != null,
                immediate,
                flag(e, "eventIdComplianceFlag", true),
                program != null && !immediate ? time(child(program, "SpliceTime")) : SpliceTime.NONE,
                components,
                duration == null
                        ? Optional.empty()
                        : Optional.of(new BreakDuration(
                                flag(duration, "autoReturn", false), number(duration, "duration", 33, -1))),
                (int) number(e, "uniqueProgramId", 16, 0),
                (int) number(e, "availNum", 8, 0),
                (int) number(e, "availsExpected", 8, 0));
    }

    private static SpliceTime time(Element t) {
        if (t == null || attribute(t, "ptsTime") == null) {
            return SpliceTime.NONE;
        }
        return SpliceTime.at(number(t, "ptsTime", 33, -1));
    }

    private static SegmentationDescriptor segmentation(Element e) {
        long eventId = number(e, "segmentationEventId", 32, 0);
        boolean compliance = flag(e, "segmentationEventIdComplianceIndicator", true);
        if (flag(e, "segmentationEventCancelIndicator", false)) {
            return SegmentationDescriptor.cancel(eventId, compliance);
        }
        Element r = child(e, "DeliveryRestrictions");
        List<SegmentationDescriptor.Component> components = new ArrayList<>();
        for (Element c : children(e, "Component")) {
            components.add(new SegmentationDescriptor.Component(
                    (int) number(c, "componentTag", 8, -1), number(c, "ptsOffset", 33, 0)));
        }
        String duration = attribute(e, "segmentationDuration");
        String subNum = attribute(e, "subSegmentNum");
        return new SegmentationDescriptor(
                eventId,
                false,
                compliance,
                components.isEmpty(),
                r == null
                        ? Optional.empty()
                        : Optional.of(new SegmentationDescriptor.DeliveryRestrictions(
                                flag(r, "webDeliveryAllowedFlag", false),
                                flag(r, "noRegionalBlackoutFlag", false),
                                flag(r, "archiveAllowedFlag", false),
                                (int) number(r, "deviceRestrictions", 2, 0))),
                components,
                duration == null ? OptionalLong.empty() : OptionalLong.of(number(duration, "segmentationDuration", 40)),
                upid(children(e, "SegmentationUpid")),
                (int) number(e, "segmentationTypeId", 8, 0),
                (int) number(e, "segmentNum", 8, 0),
                (int) number(e, "segmentsExpected", 8, 0),
                subNum == null
                        ? Optional.empty()
                        : Optional.of(
                                new SegmentationDescriptor.SubSegments((int) number(subNum, "subSegmentNum", 8), (int)
                                        number(e, "subSegmentsExpected", 8, 0))));
    }

    /** One UPID as it is; several become one MID (type 0x0D) of type-length-value entries. */
    private static Upid upid(List<Element> upids) {
        if (upids.isEmpty()) {
            return Upid.NONE;
        }
        if (upids.size() == 1) {
            return upid(upids.get(0));
        }
        ByteArrayOutputStream mid = new ByteArrayOutputStream();
        for (Element u : upids) {
            Upid one = upid(u);
            mid.write(one.type());
            mid.write(one.value().length());
            mid.writeBytes(one.value().toArray());
        }
        return new Upid(Upid.MID, Bytes.of(mid.toByteArray()));
    }

    private static Upid upid(Element u) {
        String format = attribute(u, "segmentationUpidFormat");
        String text = u.getTextContent().strip();
        Bytes value;
        if ("text".equals(format)) {
            value = Bytes.ofText(text);
        } else if ("base-64".equals(format)) {
            try {
                value = Bytes.of(Base64.getDecoder().decode(text));
            } catch (IllegalArgumentException ex) {
                throw new DashException("SegmentationUpid is not base64: " + text);
            }
        } else {
            value = Bytes.ofHex(text);
        }
        return new Upid((int) number(u, "segmentationUpidType", 8, 0), value);
    }

    private static boolean flag(Element e, String name, boolean absent) {
        String v = attribute(e, name);
        if (v == null) {
            return absent;
        }
        return switch (v.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new DashException(name + "=\"" + v + "\" is not a boolean");
        };
    }

    /** An unsigned attribute of at most {@code bits} bits; {@code absent} when missing (-1: required). */
    private static long number(Element e, String name, int bits, long absent) {
        String v = attribute(e, name);
        if (v == null) {
            if (absent < 0) {
                throw new DashException(localName(e) + " needs " + name);
            }
            return absent;
        }
        return number(v, name, bits);
    }

    static long number(String v, String name, int bits) {
        try {
            long n = Long.parseUnsignedLong(v.strip());
            if (bits < 64 && (n < 0 || n >= 1L << bits)) {
                throw new DashException(name + "=\"" + v + "\" does not fit in " + bits + " bits");
            }
            return n;
        } catch (NumberFormatException ex) {
            throw new DashException(name + "=\"" + v + "\" is not an unsigned number");
        }
    }
}
