package io.mediaplane.media.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.index.ByteSource;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxReadingTest {

    @Test
    void readsThirtyTwoAndSixtyFourBitSizesAndSizeZero() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + 16 + 3 + 8 + 5);
        b.putInt(12).putInt(FourCc.of("ftyp")).putInt(7);
        b.putInt(1).putInt(FourCc.of("mdat")).putLong(19).put(new byte[] {1, 2, 3});
        b.putInt(0).putInt(FourCc.of("free")).put(new byte[5]);
        List<BoxHeader> top = BoxHeader.topLevel(ByteSource.of(b.array()));
        assertEquals(3, top.size());
        assertEquals(new BoxHeader(FourCc.of("ftyp"), 0, 8, 12), top.get(0));
        assertEquals(new BoxHeader(FourCc.of("mdat"), 12, 16, 19), top.get(1));
        assertEquals(3, top.get(1).payloadSize());
        assertEquals(new BoxHeader(FourCc.of("free"), 31, 8, 13), top.get(2), "size 0 runs to the end");
    }

    @Test
    void readsNestedContainersFullBoxesAndUuidBoxes() throws Exception {
        BoxWriter w = new BoxWriter();
        w.start("moov");
        w.startFull("mvhd", 1, 0x000203).u32(42).end();
        w.start("trak").start("tkhd").end().end();
        w.start("uuid").bytes(new byte[16]).u8(9).end();
        w.end();
        Box moov = Box.of(w.toByteArray());
        assertEquals("moov", moov.typeName());
        assertEquals(
                List.of("mvhd", "trak", "uuid"),
                moov.children().stream().map(Box::typeName).toList());
        Box mvhd = moov.require("mvhd");
        assertEquals(1, mvhd.version());
        assertEquals(0x000203, mvhd.flags());
        assertEquals(42, mvhd.u32(4));
        assertEquals("tkhd", moov.require("trak").children().get(0).typeName());
        Box uuid = moov.child("uuid");
        assertEquals(17, uuid.size(), "a uuid box's payload starts with its extended type");
        assertEquals(9, uuid.u8(16));
        var missing = assertThrows(Mp4Exception.class, () -> moov.require("mvex"));
        assertEquals("'moov' has no 'mvex' box", missing.getMessage());
    }

    @Test
    void truncatedOrGarbageInputIsAnMp4Exception() {
        ByteBuffer claimsTooMuch = ByteBuffer.allocate(16).putInt(100).putInt(FourCc.of("moov"));
        var e = assertThrows(Mp4Exception.class, () -> BoxHeader.topLevel(ByteSource.of(claimsTooMuch.array())));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        ByteBuffer tooSmall = ByteBuffer.allocate(16).putInt(4).putInt(FourCc.of("free"));
        assertThrows(Mp4Exception.class, () -> BoxHeader.topLevel(ByteSource.of(tooSmall.array())));
        assertThrows(Mp4Exception.class, () -> BoxHeader.topLevel(ByteSource.of(new byte[] {0, 0, 0, 9, 'f', 'r'})));
        ByteBuffer bigHeaderCut = ByteBuffer.allocate(12).putInt(1).putInt(FourCc.of("mdat"));
        assertThrows(Mp4Exception.class, () -> BoxHeader.topLevel(ByteSource.of(bigHeaderCut.array())));
        Box shortBox = new Box(FourCc.of("tkhd"), ByteBuffer.allocate(6));
        assertThrows(Mp4Exception.class, () -> shortBox.u32(4));
        byte[] nested = ByteBuffer.allocate(16)
                .putInt(16)
                .putInt(FourCc.of("moov"))
                .putInt(9)
                .putInt(0)
                .array();
        assertThrows(Mp4Exception.class, () -> Box.of(nested).children());
    }

    @Test
    void garbageIsNotIndexed() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThrows(Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(noise)));
        assertThrows(Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(new byte[0])));
        byte[] ftypOnly = ByteBuffer.allocate(16)
                .putInt(16)
                .putInt(FourCc.of("ftyp"))
                .putInt(FourCc.of("isom"))
                .array();
        var e = assertThrows(Mp4Exception.class, () -> MovieIndexer.index(ByteSource.of(ftypOnly)));
        assertTrue(e.getMessage().startsWith("no 'moov' box"), e.getMessage());
    }
}
