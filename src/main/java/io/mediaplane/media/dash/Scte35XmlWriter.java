package io.mediaplane.media.dash;

import io.mediaplane.media.scte35.AvailDescriptor;
import io.mediaplane.media.scte35.BandwidthReservation;
import io.mediaplane.media.scte35.RawDescriptor;
import io.mediaplane.media.scte35.SegmentationDescriptor;
import io.mediaplane.media.scte35.SpliceDescriptor;
import io.mediaplane.media.scte35.SpliceInfoSection;
import io.mediaplane.media.scte35.SpliceInsert;
import io.mediaplane.media.scte35.SpliceNull;
import io.mediaplane.media.scte35.SpliceTime;
import io.mediaplane.media.scte35.TimeSignal;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes the binary model as SCTE 35 XML ({@code scte35:} prefix, the 2016 schema namespace). */
final class Scte35XmlWriter {
    private Scte35XmlWriter() {}

    static Element section(Document doc, SpliceInfoSection s) {
        Element e = element(doc, "SpliceInfoSection");
        e.setAttribute("sapType", Integer.toString(s.sapType()));
        e.setAttribute("protocolVersion", Integer.toString(s.protocolVersion()));
        e.setAttribute("ptsAdjustment", Long.toString(s.ptsAdjustment()));
        e.setAttribute("tier", Integer.toString(s.tier()));
        e.appendChild(
                switch (s.command()) {
                    case SpliceNull n -> element(doc, "SpliceNull");
                    case BandwidthReservation b -> element(doc, "BandwidthReservation");
                    case TimeSignal t -> withTime(doc, element(doc, "TimeSignal"), t.spliceTime());
                    case SpliceInsert i -> insert(doc, i);
                    default ->
                        throw new DashException("splice command type "
                                + s.command().type() + " has no XML form here; use " + Scte35EventStreams.XML_BIN);
                });
        for (SpliceDescriptor d : s.descriptors()) {
            e.appendChild(descriptor(doc, d));
        }
        return e;
    }

    private static Element insert(Document doc, SpliceInsert i) {
        Element e = element(doc, "SpliceInsert");
        e.setAttribute("spliceEventId", Long.toString(i.spliceEventId()));
        e.setAttribute("spliceEventCancelIndicator", Boolean.toString(i.cancel()));
        if (i.cancel()) {
            return e;
        }
        e.setAttribute("outOfNetworkIndicator", Boolean.toString(i.outOfNetwork()));
        e.setAttribute("spliceImmediateFlag", Boolean.toString(i.spliceImmediate()));
        e.setAttribute("eventIdComplianceFlag", Boolean.toString(i.eventIdCompliance()));
        e.setAttribute("uniqueProgramId", Integer.toString(i.uniqueProgramId()));
        e.setAttribute("availNum", Integer.toString(i.availNum()));
        e.setAttribute("availsExpected", Integer.toString(i.availsExpected()));
        if (i.programSplice()) {
            e.appendChild(withTime(doc, element(doc, "Program"), i.spliceTime()));
        }
        for (SpliceInsert.Component c : i.components()) {
            Element ce = withTime(doc, element(doc, "Component"), c.spliceTime());
            ce.setAttribute("componentTag", Integer.toString(c.componentTag()));
            e.appendChild(ce);
        }
        i.breakDuration().ifPresent(d -> {
            Element de = element(doc, "BreakDuration");
            de.setAttribute("autoReturn", Boolean.toString(d.autoReturn()));
            de.setAttribute("duration", Long.toString(d.duration()));
            e.appendChild(de);
        });
        return e;
    }

    private static Element descriptor(Document doc, SpliceDescriptor d) {
        return switch (d) {
            case AvailDescriptor a -> {
                Element e = element(doc, "AvailDescriptor");
                e.setAttribute("providerAvailId", Long.toString(a.providerAvailId()));
                yield e;
            }
            case SegmentationDescriptor s -> segmentation(doc, s);
            case RawDescriptor r ->
                throw new DashException(
                        "descriptor tag " + r.tag() + " has no XML form here; use " + Scte35EventStreams.XML_BIN);
        };
    }

    private static Element segmentation(Document doc, SegmentationDescriptor s) {
        Element e = element(doc, "SegmentationDescriptor");
        e.setAttribute("segmentationEventId", Long.toString(s.segmentationEventId()));
        e.setAttribute("segmentationEventCancelIndicator", Boolean.toString(s.cancel()));
        e.setAttribute("segmentationEventIdComplianceIndicator", Boolean.toString(s.eventIdCompliance()));
        if (s.cancel()) {
            return e;
        }
        s.segmentationDuration().ifPresent(d -> e.setAttribute("segmentationDuration", Long.toString(d)));
        e.setAttribute("segmentationTypeId", Integer.toString(s.segmentationTypeId()));
        e.setAttribute("segmentNum", Integer.toString(s.segmentNum()));
        e.setAttribute("segmentsExpected", Integer.toString(s.segmentsExpected()));
        s.subSegments().ifPresent(sub -> {
            e.setAttribute("subSegmentNum", Integer.toString(sub.subSegmentNum()));
            e.setAttribute("subSegmentsExpected", Integer.toString(sub.subSegmentsExpected()));
        });
        s.deliveryRestrictions().ifPresent(r -> {
            Element re = element(doc, "DeliveryRestrictions");
            re.setAttribute("webDeliveryAllowedFlag", Boolean.toString(r.webDeliveryAllowed()));
            re.setAttribute("noRegionalBlackoutFlag", Boolean.toString(r.noRegionalBlackout()));
            re.setAttribute("archiveAllowedFlag", Boolean.toString(r.archiveAllowed()));
            re.setAttribute("deviceRestrictions", Integer.toString(r.deviceRestrictions()));
            e.appendChild(re);
        });
        if (s.upid().type() != 0 || s.upid().value().length() > 0) {
            Element u = element(doc, "SegmentationUpid");
            u.setAttribute("segmentationUpidType", Integer.toString(s.upid().type()));
            u.setAttribute("segmentationUpidFormat", "hexbinary");
            u.setTextContent(s.upid().value().hex());
            e.appendChild(u);
        }
        for (SegmentationDescriptor.Component c : s.components()) {
            Element ce = element(doc, "Component");
            ce.setAttribute("componentTag", Integer.toString(c.componentTag()));
            ce.setAttribute("ptsOffset", Long.toString(c.ptsOffset()));
            e.appendChild(ce);
        }
        return e;
    }

    private static Element withTime(Document doc, Element parent, SpliceTime t) {
        Element te = element(doc, "SpliceTime");
        if (t.timeSpecified()) {
            te.setAttribute("ptsTime", Long.toString(t.ptsTime()));
        }
        parent.appendChild(te);
        return parent;
    }

    private static Element element(Document doc, String name) {
        return doc.createElementNS(Scte35EventStreams.SCTE35_NAMESPACE, "scte35:" + name);
    }
}
