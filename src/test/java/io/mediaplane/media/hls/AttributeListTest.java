package io.mediaplane.media.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8216 4.2 attribute lists: every value type, the writer, and clear errors. */
class AttributeListTest {

    @Test
    void everyValueType() {
        AttributeList a = AttributeList.parse(
                "BANDWIDTH=1280000,FRAME-RATE=29.970,X-OFFSET=-1.5,CODECS=\"avc1.4d401e,mp4a.40.2\",RESOLUTION=1920x1080,"
                        + "TYPE=AUDIO,IV=0x0123abcdEF,URI=\"a b=c.m3u8\",EMPTY=\"\"");
        assertEquals(
                List.of("BANDWIDTH", "FRAME-RATE", "X-OFFSET", "CODECS", "RESOLUTION", "TYPE", "IV", "URI", "EMPTY"),
                a.names());
        assertEquals(OptionalLong.of(1280000), a.integer("BANDWIDTH"));
        assertEquals(OptionalDouble.of(29.97), a.decimal("FRAME-RATE"));
        assertEquals(OptionalDouble.of(-1.5), a.decimal("X-OFFSET"));
        assertEquals("avc1.4d401e,mp4a.40.2", a.string("CODECS"));
        assertEquals(new Resolution(1920, 1080), a.resolution("RESOLUTION"));
        assertEquals("AUDIO", a.enumerated("TYPE"));
        assertEquals("0x0123abcdEF", a.hex("IV"));
        assertEquals("a b=c.m3u8", a.string("URI"));
        assertEquals("", a.string("EMPTY"));
        assertNull(a.string("MISSING"));
        assertEquals(OptionalLong.empty(), a.integer("MISSING"));
        assertNull(a.resolution("MISSING"));
    }

    @Test
    void writesWhatItReadsAndReplacesInPlace() {
        String text = "TYPE=AUDIO,GROUP-ID=\"aac\",URI=\"en.m3u8\",DEFAULT=YES";
        AttributeList a = AttributeList.parse(text);
        assertEquals(text, a.toString());
        assertEquals(
                "TYPE=AUDIO,GROUP-ID=\"aac\",URI=\"https://x/en.m3u8\",DEFAULT=YES",
                a.withString("URI", "https://x/en.m3u8").toString());
        assertEquals("TYPE=AUDIO,GROUP-ID=\"aac\",DEFAULT=YES", a.without("URI").toString());
        assertEquals(text + ",BANDWIDTH=5", a.withRaw("BANDWIDTH", "5").toString());
        assertEquals(text, a.toString(), "the original is unchanged");
        assertEquals(AttributeList.parse(text), a);
        assertThrows(HlsException.class, () -> a.withString("URI", "a\"b"));
        assertThrows(HlsException.class, () -> a.withRaw("X", "1,Y=2"));
        assertThrows(HlsException.class, () -> a.withRaw("BAD NAME", "1"));
    }

    @Test
    void lenientWherePlayersAre() {
        AttributeList a = AttributeList.parse("ElapsedTime=5.939, Duration=201,SCTE35=/DA0AAAAAAAA///wBQb+cr0AUA==,");
        assertEquals("5.939", a.rawIgnoreCase("elapsedtime"));
        assertEquals("201", a.raw("Duration"));
        assertEquals("/DA0AAAAAAAA///wBQb+cr0AUA==", a.raw("SCTE35"));
        assertEquals(0, AttributeList.parse("").size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BANDWIDTH|attribute 'BANDWIDTH' has no '=' (at character 1)",
                "A=1,B|attribute 'B' has no '=' (at character 5)",
                "URI=\"abc|the quoted-string of URI is not closed",
                "URI=\"abc\"x|unexpected 'x' after the quoted-string of URI",
                "A=1,A=2|attribute A appears twice",
                "=1|an attribute has an empty name",
                "A=|attribute A has an empty value",
                "A=ab\"c\"|'\"' inside the unquoted value of A",
                "A B=1|'A B' is not an attribute name"
            })
    void malformedListsSayWhatIsWrong(String text, String message) {
        assertEquals(
                message,
                assertThrows(HlsException.class, () -> AttributeList.parse(text))
                        .getMessage());
    }

    @Test
    void typedGettersRefuseTheWrongType() {
        AttributeList a = AttributeList.parse("B=12x,R=1280x,Q=\"x\",E=X,H=0xZZ,N=-3,BIG=99999999x1");
        assertEquals(
                "B=12x: '12x' is not a decimal-integer",
                assertThrows(HlsException.class, () -> a.integer("B")).getMessage());
        assertThrows(HlsException.class, () -> a.decimal("B"));
        assertThrows(HlsException.class, () -> a.resolution("R"));
        assertThrows(HlsException.class, () -> a.resolution("BIG"));
        assertThrows(HlsException.class, () -> a.enumerated("Q"));
        assertThrows(HlsException.class, () -> a.string("E"));
        assertThrows(HlsException.class, () -> a.hex("H"));
        assertThrows(HlsException.class, () -> a.integer("N"));
        assertTrue(a.has("N"));
    }

    @Test
    void tagLinesReportTheirLineNumber() {
        Line l = Playlist.parse("#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXT-X-KEY:METHOD=AES-128,URI=\"k\n")
                .lines()
                .get(2);
        HlsException e = assertThrows(HlsException.class, l::attributes);
        assertEquals(3, e.line());
        assertEquals("line 3: EXT-X-KEY: the quoted-string of URI is not closed", e.getMessage());
    }
}
