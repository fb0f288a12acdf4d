package io.mediaplane.store.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void rangesResolveAgainstTheBlobSize() {
        assertEquals(new ByteRange(0, 9, 100), ByteRange.of("bytes=0-9", 100));
        assertEquals(new ByteRange(90, 99, 100), ByteRange.of("bytes=90-", 100));
        assertEquals(new ByteRange(90, 99, 100), ByteRange.of("bytes=-10", 100));
        assertEquals(new ByteRange(0, 99, 100), ByteRange.of("bytes=-1000", 100));
        assertEquals(new ByteRange(50, 99, 100), ByteRange.of("bytes=50-5000", 100));
        assertEquals("bytes 0-9/100", ByteRange.of("bytes=0-9", 100).contentRange());
        assertEquals(10, ByteRange.of("bytes=0-9", 100).length());
    }

    @Test
    void anEndPastTheBlobIsClampedHoweverLargeItIs() {
        // RFC 9110 14.1.1: a last-pos at or past the end means the end, even one a long cannot hold
        assertEquals(new ByteRange(0, 99, 100), ByteRange.of("bytes=0-9223372036854775808", 100));
        assertEquals(new ByteRange(5, 99, 100), ByteRange.of("bytes=5-99999999999999999999999", 100));
        assertEquals(new ByteRange(0, 99, 100), ByteRange.of("bytes=-9223372036854775808", 100));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.of("bytes=9223372036854775808-", 100));
    }

    @Test
    void unsatisfiableRangesAreRefusedWithAClientMessage() {
        for (String unsatisfiable : List.of("bytes=100-", "bytes=100-200", "bytes=5-4", "bytes=-0")) {
            ByteRange.Unsatisfiable e =
                    assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.of(unsatisfiable, 100), unsatisfiable);
            assertTrue(e.getMessage().contains("'" + unsatisfiable + "'"), e.getMessage());
        }
        assertThrows(
                ByteRange.Unsatisfiable.class, () -> ByteRange.of("bytes=0-0", 0), "an empty object has no byte 0");
    }
}
