package io.mediaplane.media.dash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.scte35.BreakDuration;
import io.mediaplane.media.scte35.Bytes;
import io.mediaplane.media.scte35.PrivateCommand;
import io.mediaplane.media.scte35.SegmentationDescriptor;
import io.mediaplane.media.scte35.SpliceInfoSection;
import io.mediaplane.media.scte35.SpliceInsert;
import io.mediaplane.media.scte35.SpliceTime;
import io.mediaplane.media.scte35.TimeSignal;
import io.mediaplane.media.scte35.Upid;
import io.mediaplane.media.xml.Dom;
import io.mediaplane.media.xml.SecureXml;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SCTE-35 EventStreams in both schemes, read into the binary model and written back. */
class Scte35EventStreamsTest {

    private static List<Element> eventStreams(Document mpd) {
        Element period = Dom.child(mpd.getDocumentElement(), "Period");
        return Dom.children(period, "EventStream");
    }

    private static Document fixture() throws Exception {
        try (InputStream in = Scte35EventStreamsTest.class.getResourceAsStream("/dash/scte35-events.mpd")) {
            return SecureXml.parse(in.readAllBytes());
        }
    }

    @Test
    void readsTheXmlScheme() throws Exception {
        Element stream = eventStreams(fixture()).get(0);
        assertTrue(Scte35EventStreams.isScte35(stream));
        assertEquals(90000, Scte35EventStreams.timescale(stream));
        List<SpliceEvent> events = Scte35EventStreams.read(stream);
        SpliceEvent first = events.get(0);
        assertEquals(5672624400L, first.presentationTime());
        assertEquals(OptionalLong.of(1350000), first.duration());
        assertEquals("1", first.id());
        assertEquals(180832, first.section().ptsAdjustment());
        assertEquals(
                new SpliceInsert(
                        4026531855L,
                        false,
                        true,
                        true,
                        false,
                        true,
                        SpliceTime.at(5672624400L),
                        List.of(),
                        Optional.of(new BreakDuration(true, 1350000)),
                        1,
                        1,
                        1),
                first.section().command());

        SpliceInfoSection second = events.get(1).section();
        assertEquals(TimeSignal.at(5700000000L), second.command());
        SegmentationDescriptor d = (SegmentationDescriptor) second.descriptors().get(0);
        assertEquals(0x4800008eL, d.segmentationEventId());
        assertEquals(OptionalLong.of(27630000), d.segmentationDuration());
        assertEquals(new Upid(Upid.TI, Bytes.ofHex("000000002ca0a18a")), d.upid());
        assertEquals(SegmentationDescriptor.PROVIDER_PLACEMENT_OPPORTUNITY_START, d.segmentationTypeId());
        assertEquals(
                Optional.of(new SegmentationDescriptor.DeliveryRestrictions(false, true, true, 3)),
                d.deliveryRestrictions());
    }

    @Test
    void theXmlFormOfTheStandardSampleGivesItsBinaryForm() throws Exception {
        SpliceInfoSection fromXml =
                Scte35EventStreams.read(eventStreams(fixture()).get(0)).get(1).section();
        SpliceInfoSection sample = SpliceInfoSection.fromBase64(
                "/DA0AAAAAAAA///wBQb+cr0AUAAeAhxDVUVJSAAAjn/PAAGlmbAICAAAAAAsoKGKNAIAmsnRfg==");
        assertEquals(sample.descriptors(), fromXml.descriptors());
    }

    @Test
    void readsTheBinaryScheme() throws Exception {
        SpliceEvent e = Scte35EventStreams.read(eventStreams(fixture()).get(1)).get(0);
        assertEquals(21514, e.presentationTime());
        assertEquals(
                "/DAvAAAAAAAA///wFAVIAACPf+/+c2nALv4AUsz1AAAAAAAKAAhDVUVJAAABNWLbowo=",
                e.section().toBase64());
    }

    @Test
    void writtenStreamsReadBackToTheSameEvents() throws Exception {
        for (Element original : eventStreams(fixture())) {
            List<SpliceEvent> events = Scte35EventStreams.read(original);
            for (String scheme : List.of(Scte35EventStreams.XML, Scte35EventStreams.XML_BIN)) {
                Document doc = DocumentBuilderFactory.newDefaultNSInstance()
                        .newDocumentBuilder()
                        .newDocument();
                Element mpd = doc.createElementNS(Scte35EventStreams.MPD_NAMESPACE, "MPD");
                doc.appendChild(mpd);
                mpd.appendChild(Scte35EventStreams.write(doc, scheme, 90000, events));
                Document again = SecureXml.parse(serialize(doc));
                Element stream = Dom.child(again.getDocumentElement(), "EventStream");
                assertEquals(scheme, stream.getAttribute("schemeIdUri"));
                List<SpliceEvent> read = Scte35EventStreams.read(stream);
                for (int i = 0; i < events.size(); i++) {
                    assertEquals(events.get(i).presentationTime(), read.get(i).presentationTime());
                    assertEquals(events.get(i).duration(), read.get(i).duration());
                    assertEquals(
                            events.get(i).section().command(),
                            read.get(i).section().command(),
                            scheme);
                    assertEquals(
                            events.get(i).section().descriptors(),
                            read.get(i).section().descriptors(),
                            scheme);
                }
            }
        }
    }

    @Test
    void whatTheXmlFormCannotCarryIsRefused() throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .newDocument();
        SpliceEvent privateCommand = new SpliceEvent(
                0, OptionalLong.empty(), null, SpliceInfoSection.of(new PrivateCommand(1, Bytes.EMPTY), List.of()));
        DashException e = assertThrows(
                DashException.class,
                () -> Scte35EventStreams.write(doc, Scte35EventStreams.XML, 1, List.of(privateCommand)));
        assertTrue(e.getMessage().contains("use urn:scte:scte35:2014:xml+bin"), e.getMessage());
        assertInstanceOf(
                Element.class, Scte35EventStreams.write(doc, Scte35EventStreams.XML_BIN, 1, List.of(privateCommand)));
        assertThrows(DashException.class, () -> Scte35EventStreams.write(doc, "urn:other", 1, List.of()));
    }

    @Test
    void malformedEventsNameTheEvent() throws Exception {
        String[] bad = {
            "<EventStream schemeIdUri=\"urn:scte:scte35:2014:xml+bin\"><Event><Signal><Binary>/DA*</Binary></Signal></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2014:xml+bin\"><Event/></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event><SpliceInfoSection/></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event><SpliceInfoSection><SpliceInsert spliceEventId=\"1\"/></SpliceInfoSection></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event><SpliceInfoSection tier=\"5000\"><SpliceNull/></SpliceInfoSection></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event presentationTime=\"-1\"><SpliceInfoSection><SpliceNull/></SpliceInfoSection></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event><SpliceInfoSection><TimeSignal><SpliceTime ptsTime=\"9999999999\"/></TimeSignal></SpliceInfoSection></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event><SpliceInfoSection><SpliceNull/><SpliceNull/></SpliceInfoSection></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:scte:scte35:2013:xml\"><Event><SpliceInfoSection><SpliceInsert spliceEventId=\"1\" outOfNetworkIndicator=\"yes\"><Program/></SpliceInsert></SpliceInfoSection></Event></EventStream>",
            "<EventStream schemeIdUri=\"urn:other\"/>"
        };
        for (String xml : bad) {
            Element stream =
                    SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
            DashException e = assertThrows(DashException.class, () -> Scte35EventStreams.read(stream), xml);
            assertTrue(
                    e.getMessage().startsWith("Event 1: ") || e.getMessage().contains("is not SCTE-35"),
                    e.getMessage());
        }
    }

    private static byte[] serialize(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
