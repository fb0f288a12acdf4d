package io.mediaplane.media.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.scte35.SpliceInfoSection;
import io.mediaplane.media.scte35.SpliceInsert;
import io.mediaplane.media.scte35.TimeSignal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Typed views of single tags, in every form ad markers come in. */
class TagViewsTest {

    private static Line tag(String text) {
        return Playlist.parse("#EXTM3U\n" + text + "\n").lines().get(1);
    }

    @Test
    void extinf() {
        assertEquals(new ExtInf(6.006, ""), ExtInf.of(tag("#EXTINF:6.006,")));
        assertEquals(new ExtInf(10, "title, with comma"), ExtInf.of(tag("#EXTINF:10,title, with comma")));
        assertEquals(new ExtInf(4, ""), ExtInf.of(tag("#EXTINF:4")));
        assertEquals("#EXTINF:2.5,ad", new ExtInf(2.5, "ad").toLine().text());
        assertEquals(
                "line 2: EXTINF: '-1' is not a decimal-floating-point",
                assertThrows(HlsException.class, () -> ExtInf.of(tag("#EXTINF:-1,")))
                        .getMessage());
        assertThrows(HlsException.class, () -> ExtInf.of(tag("#EXTINF:,")));
        assertThrows(HlsException.class, () -> ExtInf.of(tag("#EXTINF:1e3,")));
        assertEquals(
                "line 2: expected #EXTINF, found #EXT-X-ENDLIST",
                assertThrows(HlsException.class, () -> ExtInf.of(tag("#EXT-X-ENDLIST")))
                        .getMessage());
    }

    @Test
    void byteRangeKeyMapAndDateTime() {
        assertEquals(new ByteRange(1000, OptionalLong.of(720)), ByteRange.of(tag("#EXT-X-BYTERANGE:1000@720")));
        assertEquals("1000", ByteRange.of(tag("#EXT-X-BYTERANGE:1000")).toString());
        assertThrows(HlsException.class, () -> ByteRange.of(tag("#EXT-X-BYTERANGE:10@")));

        Key key = Key.of(tag("#EXT-X-KEY:METHOD=AES-128,URI=\"https://k/1\",IV=0x00FF,KEYFORMAT=\"identity\""));
        assertEquals(new Key("AES-128", "https://k/1", "0x00FF", "identity", null), key);
        assertEquals(new Key("NONE", null, null, null, null), Key.of(Key.noneLine()));
        assertEquals(
                "line 2: EXT-X-KEY: METHOD=AES-128 needs a URI",
                assertThrows(HlsException.class, () -> Key.of(tag("#EXT-X-KEY:METHOD=AES-128")))
                        .getMessage());
        assertThrows(HlsException.class, () -> Key.of(tag("#EXT-X-KEY:URI=\"k\"")));

        assertEquals(
                new InitSection("init.mp4", Optional.of(new ByteRange(720, OptionalLong.of(0)))),
                InitSection.of(tag("#EXT-X-MAP:URI=\"init.mp4\",BYTERANGE=\"720@0\"")));
        assertThrows(HlsException.class, () -> InitSection.of(tag("#EXT-X-MAP:BYTERANGE=\"720@0\"")));

        ProgramDateTime pdt = ProgramDateTime.of(tag("#EXT-X-PROGRAM-DATE-TIME:2026-11-21T11:00:00.5+01:00"));
        assertEquals(
                OffsetDateTime.parse("2026-11-21T10:00:00.500Z").toInstant(),
                pdt.dateTime().toInstant());
        assertEquals(
                "#EXT-X-PROGRAM-DATE-TIME:2026-11-21T10:00:00.500Z",
                pdt.toLine().text());
        assertThrows(HlsException.class, () -> ProgramDateTime.of(tag("#EXT-X-PROGRAM-DATE-TIME:yesterday")));
    }

    @Test
    void dateRangeCarriesScte35ForTheCodec() {
        DateRange d = DateRange.of(MediaPlaylist.parse(Fixtures.text("daterange.m3u8"))
                .segments()
                .get(1)
                .find(Tags.DATERANGE));
        assertEquals("splice-6FFFFFF0", d.id());
        assertEquals("2026-11-21T10:00:02.000Z", d.startDate());
        assertEquals(OptionalDouble.of(60.293567), d.plannedDuration());
        assertEquals(OptionalDouble.empty(), d.duration());
        assertEquals("\"yes\"", d.attributes().raw("X-COM-EXAMPLE-AD"));
        assertFalse(d.endOnNext());
        SpliceInsert insert =
                (SpliceInsert) SpliceInfoSection.fromHex(d.scte35Out()).command();
        assertEquals(0x4800008fL, insert.spliceEventId());
        assertTrue(insert.outOfNetwork());

        DateRange next = DateRange.of(
                tag("#EXT-X-DATERANGE:ID=\"a\",CLASS=\"c\",START-DATE=\"2026-01-01T00:00:00Z\",END-ON-NEXT=YES"));
        assertTrue(next.endOnNext());
        assertNull(next.scte35Out());
        assertEquals(
                "line 2: EXT-X-DATERANGE: the ID attribute is required",
                assertThrows(HlsException.class, () -> DateRange.of(tag("#EXT-X-DATERANGE:START-DATE=\"x\"")))
                        .getMessage());
        assertThrows(HlsException.class, () -> DateRange.of(tag("#EXT-X-DATERANGE:ID=\"a\",SCTE35-OUT=FC30")));
        assertThrows(HlsException.class, () -> DateRange.of(tag("#EXT-X-DATERANGE:ID=\"a\",DURATION=-1")));
        assertThrows(HlsException.class, () -> DateRange.of(tag("#EXT-X-DATERANGE:ID=\"a\",END-ON-NEXT=NO")));
    }

    @Test
    void cueOutInEveryForm() {
        assertEquals(OptionalDouble.empty(), CueOut.of(tag("#EXT-X-CUE-OUT")).duration());
        assertEquals(OptionalDouble.of(30), CueOut.of(tag("#EXT-X-CUE-OUT:30")).duration());
        assertEquals(
                OptionalDouble.of(30), CueOut.of(tag("#EXT-X-CUE-OUT:30.000")).duration());
        assertEquals(
                OptionalDouble.of(120),
                CueOut.of(tag("#EXT-X-CUE-OUT:DURATION=120")).duration());
        assertEquals(
                OptionalDouble.of(15.5),
                CueOut.of(tag("#EXT-X-CUE-OUT:Duration=15.5,BREAKID=7")).duration());
        assertEquals(
                OptionalDouble.empty(),
                CueOut.of(tag("#EXT-X-CUE-OUT:BREAKID=7")).duration());
        assertEquals(
                "line 2: EXT-X-CUE-OUT: duration 'PT32S' is not a number of seconds",
                assertThrows(HlsException.class, () -> CueOut.of(tag("#EXT-X-CUE-OUT:PT32S")))
                        .getMessage());
        assertEquals("#EXT-X-CUE-OUT:DURATION=30.0", CueOut.line(30).text());
    }

    @Test
    void cueOutContInEveryForm() {
        CueOutCont a = CueOutCont.of(tag("#EXT-X-CUE-OUT-CONT:ElapsedTime=5.939,Duration=201,SCTE35=/DAvAAAA=="));
        assertEquals(new CueOutCont(OptionalDouble.of(5.939), OptionalDouble.of(201), "/DAvAAAA=="), a);
        assertEquals(
                new CueOutCont(OptionalDouble.of(10.5), OptionalDouble.of(30), null),
                CueOutCont.of(tag("#EXT-X-CUE-OUT-CONT:10.5/30")));
        assertEquals(
                new CueOutCont(OptionalDouble.of(2), OptionalDouble.of(60), null),
                CueOutCont.of(tag("#EXT-X-CUE-OUT-CONT:ELAPSEDTIME=2,DURATION=60")));
        assertEquals(
                new CueOutCont(OptionalDouble.empty(), OptionalDouble.empty(), null),
                CueOutCont.of(tag("#EXT-X-CUE-OUT-CONT")));
        assertThrows(HlsException.class, () -> CueOutCont.of(tag("#EXT-X-CUE-OUT-CONT:10.5")));
        assertThrows(HlsException.class, () -> CueOutCont.of(tag("#EXT-X-CUE-OUT-CONT:a/b")));
        assertEquals(
                "#EXT-X-CUE-OUT-CONT:ElapsedTime=6.0,Duration=30.0",
                CueOutCont.line(6, 30).text());
    }

    @Test
    void cueInSplicePointAndScte35Tags() {
        MediaPlaylist p = MediaPlaylist.parse(Fixtures.text("daterange.m3u8"));
        Line splicePoint = p.segments().get(2).find(Tags.SPLICEPOINT_SCTE35);
        TimeSignal signal =
                (TimeSignal) SpliceInfoSection.fromBase64(splicePoint.value()).command();
        assertEquals(0x072bd0050L, signal.spliceTime().ptsTime());
        Scte35Tag cue = Scte35Tag.of(p.segments().get(3).find(Tags.SCTE35));
        assertEquals("YES", cue.attributes().enumerated("CUE-IN"));
        assertEquals(
                TimeSignal.at(0x0746290a0L),
                SpliceInfoSection.fromBase64(cue.cue()).command());
        assertThrows(HlsException.class, () -> Scte35Tag.of(tag("#EXT-X-SCTE35:ID=1")));
        assertTrue(tag("#EXT-X-CUE-IN").is(Tags.CUE_IN));
    }

    @Test
    void streamInfAndRendition() {
        StreamInf s = StreamInf.of(
                tag(
                        "#EXT-X-STREAM-INF:BANDWIDTH=2200000,AVERAGE-BANDWIDTH=2000000,CODECS=\"avc1.64001f,mp4a.40.2\",RESOLUTION=1280x720,FRAME-RATE=29.970,AUDIO=\"aac\",CLOSED-CAPTIONS=NONE"));
        assertEquals(2200000, s.bandwidth());
        assertEquals(OptionalLong.of(2000000), s.averageBandwidth());
        assertEquals("avc1.64001f,mp4a.40.2", s.codecs());
        assertEquals(new Resolution(1280, 720), s.resolution());
        assertEquals(OptionalDouble.of(29.97), s.frameRate());
        assertEquals("aac", s.audio());
        assertEquals("NONE", s.closedCaptions());
        assertNull(s.uri());
        assertEquals(
                "line 2: EXT-X-STREAM-INF: the BANDWIDTH attribute is required",
                assertThrows(HlsException.class, () -> StreamInf.of(tag("#EXT-X-STREAM-INF:CODECS=\"avc1\"")))
                        .getMessage());
        assertThrows(HlsException.class, () -> StreamInf.of(tag("#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=1")));

        Rendition r = Rendition.of(
                tag(
                        "#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aac\",NAME=\"English\",LANGUAGE=\"en\",DEFAULT=YES,URI=\"en.m3u8\""));
        assertEquals("AUDIO", r.type());
        assertEquals("aac", r.groupId());
        assertEquals("en", r.language());
        assertEquals("en.m3u8", r.uri());
        assertTrue(r.isDefault());
        assertFalse(r.autoselect());
        assertThrows(HlsException.class, () -> Rendition.of(tag("#EXT-X-MEDIA:TYPE=AUDIO,NAME=\"x\"")));
        assertThrows(
                HlsException.class,
                () -> Rendition.of(tag("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"a\",NAME=\"x\",DEFAULT=MAYBE")));
    }
}
