package io.mediaplane.mediaconnect.relay;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An allow-list block such as {@code 10.24.34.0/23} (IPv4 or IPv6). The relay asks it about every
 * packet's sender, so the last answer is remembered: the JDK hands back the same address object
 * while the sender does not change.
 */
final class Cidr {
    private final byte[] network;
    private final int prefix;
    private InetAddress lastSender;
    private boolean lastAnswer;

    private Cidr(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** Parses {@code address/prefix} (a bare address is a /32 or /128); null when it is not one. */
    static Cidr parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        if (host.isEmpty() || !host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return null;
        }
        try {
            byte[] address = InetAddress.getByName(host).getAddress();
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(s.substring(slash + 1));
            if (prefix < 0 || prefix > address.length * 8) {
                return null;
            }
            return new Cidr(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            return null;
        }
    }

    boolean allows(InetAddress sender) {
        if (sender == lastSender) {
            return lastAnswer;
        }
        boolean answer = contains(sender.getAddress());
        lastSender = sender;
        lastAnswer = answer;
        return answer;
    }

    private boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }
}
