package io.mediaplane.media.dash;

import io.mediaplane.media.scte35.Scte35Exception;
import io.mediaplane.media.scte35.SpliceInfoSection;
import io.mediaplane.media.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SCTE-35 in DASH {@code EventStream}s (SCTE 214-1): {@code urn:scte:scte35:2013:xml} carries the
 * section as {@code scte35:SpliceInfoSection} XML, {@code urn:scte:scte35:2014:xml+bin} as base64 in
 * {@code scte35:Signal/scte35:Binary}. Both read into, and write from, the one SCTE-35 model.
 */
public final class Scte35EventStreams {
    public static final String XML = "urn:scte:scte35:2013:xml";
    public static final String XML_BIN = "urn:scte:scte35:2014:xml+bin";
    public static final String MPD_NAMESPACE = "urn:mpeg:dash:schema:mpd:2011";
    public static final String SCTE35_NAMESPACE = "http://www.scte.org/schemas/35/2016";

    private Scte35EventStreams() {}

    /** Whether {@code eventStream} uses one of the two SCTE-35 schemes. */
    public static boolean isScte35(Element eventStream) {
        String scheme = eventStream.getAttribute("schemeIdUri");
        return XML.equals(scheme) || XML_BIN.equals(scheme);
    }

    /** The stream's timescale (1 when absent). */
    public static long timescale(Element eventStream) {
        String t = Dom.attribute(eventStream, "timescale");
        return t == null ? 1 : Scte35XmlReader.number(t, "timescale", 32);
    }

    /** The events of an SCTE-35 EventStream, in document order. */
    public static List<SpliceEvent> read(Element eventStream) {
        if (!isScte35(eventStream)) {
            throw new DashException("schemeIdUri '" + eventStream.getAttribute("schemeIdUri") + "' is not SCTE-35");
        }
        boolean binary = XML_BIN.equals(eventStream.getAttribute("schemeIdUri"));
        List<SpliceEvent> out = new ArrayList<>();
        for (Element e : Dom.children(eventStream, "Event")) {
            String where = "Event " + (out.size() + 1);
            try {
                out.add(event(e, binary));
            } catch (DashException | Scte35Exception ex) {
                throw new DashException(where + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static SpliceEvent event(Element e, boolean binary) {
        String time = Dom.attribute(e, "presentationTime");
        String duration = Dom.attribute(e, "duration");
        SpliceInfoSection section;
        if (binary) {
            Element signal = Dom.child(e, "Signal");
            Element bin = signal == null ? null : Dom.child(signal, "Binary");
            if (bin == null || Dom.text(bin) == null) {
                throw new DashException("no scte35:Signal/scte35:Binary");
            }
            section = SpliceInfoSection.fromBase64(Dom.text(bin));
        } else {
            Element s = Dom.child(e, "SpliceInfoSection");
            if (s == null) {
                throw new DashException("no scte35:SpliceInfoSection");
            }
            section = Scte35XmlReader.section(s);
        }
        return new SpliceEvent(
                time == null ? 0 : Scte35XmlReader.number(time, "presentationTime", 64),
                duration == null
                        ? OptionalLong.empty()
                        : OptionalLong.of(Scte35XmlReader.number(duration, "duration", 64)),
                Dom.attribute(e, "id"),
                section);
    }

    /** A new {@code <EventStream>} in the MPD namespace holding {@code events} in {@code scheme}'s form. */
    public static Element write(Document doc, String scheme, long timescale, List<SpliceEvent> events) {
        if (!XML.equals(scheme) && !XML_BIN.equals(scheme)) {
            throw new DashException("'" + scheme + "' is not an SCTE-35 scheme");
        }
        Element stream = doc.createElementNS(MPD_NAMESPACE, "EventStream");
        stream.setAttribute("schemeIdUri", scheme);
        stream.setAttribute("timescale", Long.toString(timescale));
        for (SpliceEvent ev : events) {
            Element e = doc.createElementNS(MPD_NAMESPACE, "Event");
            e.setAttribute("presentationTime", Long.toString(ev.presentationTime()));
            ev.duration().ifPresent(d -> e.setAttribute("duration", Long.toString(d)));
            if (ev.id() != null) {
                e.setAttribute("id", ev.id());
            }
            if (XML_BIN.equals(scheme)) {
                Element signal = doc.createElementNS(SCTE35_NAMESPACE, "scte35:Signal");
                Element bin = doc.createElementNS(SCTE35_NAMESPACE, "scte35:Binary");
                bin.setTextContent(ev.section().toBase64());
                signal.appendChild(bin);
                e.appendChild(signal);
            } else {
                e.appendChild(Scte35XmlWriter.section(doc, ev.section()));
            }
            stream.appendChild(e);
        }
        return stream;
    }
}
