package io.mediaplane.mediaconnect.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relay's use of the shared {@link io.mediaplane.aws.Cidr}; the block's own cases are in CidrTest. */
class AllowListTest {

    private static boolean allows(String cidr, String address) throws Exception {
        return AllowList.of(cidr).allows(InetAddress.getByName(address));
    }

    @Test
    void matchesByPrefix() throws Exception {
        assertTrue(allows("10.24.34.0/23", "10.24.35.255"));
        assertFalse(allows("10.24.34.0/23", "10.24.36.0"));
        assertTrue(allows(" 10.24.34.0/23 ", "10.24.35.255"));
        assertTrue(allows("2001:db8::/32", "2001:db8:1::1"));
        assertFalse(allows("2001:db8::/32", "127.0.0.1"));
        assertNull(AllowList.of(null), "no whitelistCidr allows every sender");
    }

    @Test
    void rememberingTheLastSenderGivesTheSameAnswers() throws Exception {
        AllowList c = AllowList.of("127.0.0.0/31");
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
            assertThrows(IllegalArgumentException.class, () -> AllowList.of(bad), bad);
        }
    }

    @Test
    void aFlowWithABadBlockIsRefused() {
        try (RelayEngine engine = new RelayEngine(InetAddress.getLoopbackAddress(), new SimpleMeterRegistry())) {
            FlowPlan.SourcePlan s =
                    new FlowPlan.SourcePlan("arn:src", "src", "rtp", null, 5000, "10.0.0.0/40", null, null, null);
            RelayException e = assertThrows(RelayException.class, () -> engine.start(Plans.flow("bad", s, List.of())));
            assertEquals(RelayException.Reason.INVALID_PLAN, e.reason());
        }
    }
}
