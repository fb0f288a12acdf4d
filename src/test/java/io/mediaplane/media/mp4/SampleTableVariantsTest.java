package io.mediaplane.media.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.codec.AudioSpecificConfig;
import io.mediaplane.media.index.ByteSource;
import io.mediaplane.media.index.Track;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Sample tables in the forms FFmpeg does not write for small files: stz2, co64, several stsc runs, a leading empty edit. */
class SampleTableVariantsTest {
    /** ISO 639-2 "eng" packed as mdhd stores it. */
    static final int ENG = (('e' - 0x60) << 10) | (('n' - 0x60) << 5) | ('g' - 0x60);

    /** A movie of one audio track of five samples in two chunks, with the sample table boxes given. */
    static byte[] movie(Consumer<BoxWriter> stbl, boolean emptyEdit) {
        BoxWriter w = new BoxWriter();
        w.start("ftyp").fourCc("isom").u32(0).fourCc("isom").end();
        w.start("mdat").zeros(100).end(); // samples at 16..115
        w.start("moov");
        w.startFull("mvhd", 0, 0).u32(0).u32(0).u32(1000).u32(0).zeros(80).end();
        w.start("trak");
        w.startFull("tkhd", 0, 3).u32(0).u32(0).u32(7).zeros(68).end();
        if (emptyEdit) {
            w.start("edts").startFull("elst", 0, 0).u32(2);
            w.u32(500).u32(-1L & 0xffffffffL).u32(0x10000); // 0.5 s of nothing
            w.u32(0).u32(0).u32(0x10000);
            w.end().end();
        }
        w.start("mdia");
        w.startFull("mdhd", 0, 0)
                .u32(0)
                .u32(0)
                .u32(48000)
                .u32(0)
                .u16(ENG)
                .u16(0)
                .end();
        w.startFull("hdlr", 0, 0).u32(0).fourCc("soun").zeros(13).end();
        w.start("minf").start("stbl");
        w.startFull("stsd", 0, 0).u32(1);
        w.bytes(SampleEntries.mp4a(audioConfig(), 0, 0).sampleEntry());
        w.end();
        w.startFull("stts", 0, 0).u32(1).u32(5).u32(1024).end();
        stbl.accept(w);
        w.end().end().end().end().end();
        return w.toByteArray();
    }

    static AudioSpecificConfig audioConfig() {
        try {
            return AudioSpecificConfig.of(2, 48000, 2);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void compactSizesSixtyFourBitOffsetsAndSeveralChunkRuns() throws Exception {
        byte[] file = movie(
                w -> {
                    w.startFull("stz2", 0, 0)
                            .u24(0)
                            .u8(8)
                            .u32(5)
                            .u8(10)
                            .u8(20)
                            .u8(5)
                            .u8(7)
                            .u8(9)
                            .end();
                    w.startFull("stsc", 0, 0)
                            .u32(2)
                            .u32(1)
                            .u32(2)
                            .u32(1)
                            .u32(2)
                            .u32(3)
                            .u32(1)
                            .end();
                    w.startFull("co64", 0, 0).u32(2).u64(16).u64(60).end();
                },
                true);
        Track t = MovieIndexer.index(ByteSource.of(file)).tracks().get(0);
        var s = t.samples();
        assertEquals(7, t.id());
        assertEquals("eng", t.format().language());
        assertEquals(5, s.count());
        assertEquals(10, s.size(0));
        assertEquals(9, s.size(4));
        assertEquals(16, s.offset(0));
        assertEquals(26, s.offset(1));
        assertEquals(60, s.offset(2), "second chunk from co64");
        assertEquals(65, s.offset(3));
        assertEquals(72, s.offset(4));
        assertEquals(4096, s.decodeTime(4));
        assertEquals(5120, s.endTime());
        assertTrue(s.allSync());
        assertEquals(24000, t.emptyEdit(), "0.5 s of movie time in 48 kHz ticks");
        assertEquals(24000, t.presentationTime(0));
        assertEquals("mp4a.40.2", t.format().codecs());
    }

    @Test
    void tablesThatDisagreeAreRefused() {
        byte[] tooFewInStsz = movie(
                w -> {
                    w.startFull("stsz", 0, 0)
                            .u32(0)
                            .u32(4)
                            .u32(1)
                            .u32(1)
                            .u32(1)
                            .u32(1)
                            .end();
                    w.startFull("stsc", 0, 0).u32(1).u32(1).u32(5).u32(1).end();
                    w.startFull("stco", 0, 0).u32(1).u32(16).end();
                },
                false);
        assertThrows(Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(tooFewInStsz)));
        byte[] countTooLarge = movie(
                w -> {
                    w.startFull("stsz", 0, 0).u32(0).u32(0x7fffffffL).end();
                    w.startFull("stsc", 0, 0).u32(1).u32(1).u32(5).u32(1).end();
                    w.startFull("stco", 0, 0).u32(1).u32(16).end();
                },
                false);
        var e = assertThrows(Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(countTooLarge)));
        assertTrue(e.getMessage().contains("more than it holds"), e.getMessage());
        byte[] pastTheEnd = movie(
                w -> {
                    w.startFull("stsz", 0, 0).u32(10).u32(5).end();
                    w.startFull("stsc", 0, 0).u32(1).u32(1).u32(5).u32(1).end();
                    w.startFull("stco", 0, 0).u32(1).u32(1_000_000).end();
                },
                false);
        var past = assertThrows(Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(pastTheEnd)));
        assertTrue(past.getMessage().contains("past the end"), past.getMessage());
    }
}
