package io.mediaplane.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0/0           | 255.255.255.255        | true
            198.51.100.188/24   | 198.51.100.1           | true
            198.51.100.0/25     | 198.51.100.128         | false
            10.1.2.3            | 10.1.2.3               | true
            10.1.2.3/32         | 10.1.2.4               | false
            ::/0                | 2001:db8::1            | true
            ::/0                | 10.0.0.1               | false
            ::1                 | 0:0:0:0:0:0:0:1        | true
            2001:db8::/32       | 2001:0db8:ffff::       | true
            2001:db8::/33       | 2001:db8:8000::        | false
            2001:db8:a:b::/63   | 2001:db8:a:a::1        | true
            fe80::/10           | febf::1                | true
            fe80::/10           | fec0::1                | false
            ::ffff:0:0/96       | ::ffff:192.0.2.1       | true
            64:ff9b::192.0.2.0/120 | 64:ff9b::c000:2ff   | true
            192.0.2.0/24        | ::ffff:192.0.2.9       | true
            192.0.2.0/24        | ::ffff:192.0.3.9       | false
            192.0.2.0/24        | ::192.0.2.9            | false
            1:2:3:4:5:6:7:8     | 1:2:3:4:5:6:7:8        | true
            1:2:3:4:5:6:7::     | 1:2:3:4:5:6:7:0        | true
            10.0.0.0/8          | 10.0.0.1/32            | false
            """)
    void containment(String block, String address, boolean expected) {
        assertEquals(expected, Cidr.parse(block).contains(address));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1.2.3",
                "1.2.3.4.5",
                "256.1.1.1",
                "1.2.3.-4",
                "01234.1.1.1",
                "1.2.3.4/",
                "1.2.3.4/33",
                "1::2::3",
                ":1::",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                "12345::",
                "g::1",
                "::1.2.3.256",
                "1:2:3:4:5:6:7::8",
                "::/129",
                "example.com",
                "fe80::1%eth0",
                "10.0.0.0/33",
                "10.0.0.0/-1",
                "10.0.0.0/x",
                "example.com/24",
                "10.0.0/8/8"
            })
    void rejectsInvalidBlocks(String text) {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3:4:5:6:7::8", "1:2:3:4:5:6:7:8:9", ":::", "1.2.3.4.", ""})
    void addressParsingReturnsNullForGarbage(String text) {
        assertNull(Cidr.address(text));
    }

    @ParameterizedTest(name = "{0} holds sender {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10.24.34.0/23   | 10.24.35.255    | true
            10.24.34.0/23   | 10.24.36.0      | false
            127.0.0.1/32    | 127.0.0.1       | true
            127.0.0.1/32    | 127.0.0.2       | false
            0.0.0.0/0       | 203.0.113.9     | true
            192.168.1.7     | 192.168.1.7     | true
            2001:db8::/32   | 2001:db8:1::1   | true
            2001:db8::/32   | 127.0.0.1       | false
            127.0.0.0/8     | ::ffff:127.0.0.1 | true
            ::/0            | 127.0.0.1       | false
            """)
    void senders(String block, String sender, boolean expected) throws Exception {
        assertEquals(expected, Cidr.parse(block).contains(InetAddress.getByName(sender)));
    }

    @org.junit.jupiter.api.Test
    void senderAndTextAgree() throws Exception {
        Cidr v6 = Cidr.parse("2001:db8:a:b::/63");
        assertTrue(v6.contains(InetAddress.getByName("2001:db8:a:a::1")));
        assertFalse(v6.contains(InetAddress.getByName("2001:db8:a:c::1")));
    }

    @org.junit.jupiter.api.Test
    void parsesEmbeddedIpv4Tail() {
        byte[] b = Cidr.address("::ffff:192.0.2.1");
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 1}, b);
    }
}
