package io.mediaplane.mediaconnect.relay;

import io.mediaplane.aws.Cidr;
import java.net.InetAddress;

/**
 * A source's allow-list block such as {@code 10.24.34.0/23}. The relay asks it about every packet's
 * sender, so the last answer is remembered: the JDK hands back the same address object while the
 * sender does not change. Used by one receiving thread.
 */
final class AllowList {
    private final Cidr block;
    private InetAddress lastSender;
    private boolean lastAnswer;

    private AllowList(Cidr block) {
        this.block = block;
    }

    /** The allow-list of a source's {@code whitelistCidr}; null (all allowed) when there is none. */
    static AllowList of(String whitelistCidr) {
        return whitelistCidr == null ? null : new AllowList(Cidr.parse(whitelistCidr.trim()));
    }

    boolean allows(InetAddress sender) {
        if (sender == lastSender) {
            return lastAnswer;
        }
        boolean answer = block.contains(sender);
        lastSender = sender;
        lastAnswer = answer;
        return answer;
    }
}
