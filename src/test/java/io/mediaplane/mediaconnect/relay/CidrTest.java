package io.mediaplane.mediaconnect.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class CidrTest {

    private static boolean allows(String cidr, String address) throws Exception {
        return Cidr.parse(cidr).allows(InetAddress.getByName(address));
    }

    @Test
    void matchesByPrefix() throws Exception {
        assertTrue(allows("10.24.34.0/23", "10.24.35.255"));
        assertFalse(allows("10.24.34.0/23", "10.24.36.0"));
        assertTrue(allows("127.0.0.1/32", "127.0.0.1"));
        assertFalse(allows("127.0.0.1/32", "127.0.0.2"));
        assertTrue(allows("0.0.0.0/0", "203.0.113.9"));
        assertTrue(allows("192.168.1.7", "192.168.1.7"));
        assertTrue(allows("2001:db8::/32", "2001:db8:1::1"));
        assertFalse(allows("2001:db8::/32", "127.0.0.1"));
    }

    @Test
    void rememberingTheLastSenderGivesTheSameAnswers() throws Exception {
        Cidr c = Cidr.parse("127.0.0.0/31");
        InetAddress one = InetAddress.getByName("127.0.0.1");
        InetAddress two = InetAddress.getByName("127.0.0.2");
        assertTrue(c.allows(one));
        assertTrue(c.allows(one));
        assertFalse(c.allows(two));
        assertFalse(c.allows(two));
        assertTrue(c.allows(one));
    }

    @Test
    void refusesWhatIsNotABlock() {
        for (String bad : List.of("", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "example.com/24", "10.0.0/8/8")) {
            assertNull(Cidr.parse(bad), bad);
        }
    }

    @Test
    void aFlowWithABadBlockIsRefused() {
        try (RelayEngine engine = new RelayEngine(InetAddress.getLoopbackAddress(), new SimpleMeterRegistry())) {
            FlowPlan.SourcePlan s =
                    new FlowPlan.SourcePlan("arn:src", "src", "rtp", null, 5000, "10.0.0.0/40", null, null, null);
            RelayException e = org.junit.jupiter.api.Assertions.assertThrows(
                    RelayException.class, () -> engine.start(Plans.flow("bad", s, List.of())));
            assertEquals(RelayException.Reason.INVALID_PLAN, e.reason());
        }
    }
}
