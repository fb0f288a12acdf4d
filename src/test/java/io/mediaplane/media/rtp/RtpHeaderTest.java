package io.mediaplane.media.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RtpHeaderTest {

    @Test
    void writesAndReadsTheFixedHeader() {
        byte[] b = new byte[20];
        RtpHeader.write(b, 0, true, 33, 0xfffe, 0xdeadbeefL, 0x01020304L);
        assertTrue(RtpHeader.isValid(b, 0, 20));
        assertEquals(2, RtpHeader.version(b, 0));
        assertTrue(RtpHeader.marker(b, 0));
        assertEquals(33, RtpHeader.payloadType(b, 0));
        assertEquals(0xfffe, RtpHeader.sequence(b, 0));
        assertEquals(0xdeadbeefL, RtpHeader.timestamp(b, 0));
        assertEquals(0x01020304L, RtpHeader.ssrc(b, 0));
        assertEquals(12, RtpHeader.payloadOffset(b, 0, 20));
    }

    @Test
    void csrcsAndExtensionMoveThePayload() {
        byte[] b = new byte[40];
        RtpHeader.write(b, 0, false, 33, 1, 2, 3);
        b[0] = (byte) 0x92; // X=1, CC=2
        RtpHeader.putU16(b, 12 + 8 + 2, 1); // extension of one word
        assertEquals(12 + 8 + 4 + 4, RtpHeader.payloadOffset(b, 0, 40));
        assertEquals(-1, RtpHeader.payloadOffset(b, 0, 27));
    }

    @Test
    void rejectsWhatIsNotRtp() {
        byte[] b = new byte[20];
        assertFalse(RtpHeader.isValid(b, 0, 20), "version 0");
        RtpHeader.write(b, 0, false, 33, 1, 2, 3);
        assertFalse(RtpHeader.isValid(b, 0, 11), "too short");
        b[0] = (byte) 0x8f; // 15 CSRCs do not fit
        assertFalse(RtpHeader.isValid(b, 0, 20));
        b[0] = (byte) 0xa0; // padding
        b[19] = 0;
        assertFalse(RtpHeader.isValid(b, 0, 20), "zero padding count");
        b[19] = 9;
        assertFalse(RtpHeader.isValid(b, 0, 20), "padding into the header");
        b[19] = 8;
        assertTrue(RtpHeader.isValid(b, 0, 20));
    }

    @Test
    void sequenceArithmeticWraps() {
        assertEquals(1, Seq.diff(0, 0xffff));
        assertEquals(-1, Seq.diff(0xffff, 0));
        assertTrue(Seq.isAfter(3, 0xfff0));
        assertFalse(Seq.isAfter(0xfff0, 3));
        assertEquals(0x10000L, Seq.extend(0, 0xffffL));
        assertEquals(0xffffL, Seq.extend(0xffff, 0x10000L));
        assertEquals(5L * 0x10000 + 7, Seq.extend(7, 5L * 0x10000 + 0x7000));
    }
}
