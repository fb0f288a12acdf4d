package io.mediaplane.aws;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 or IPv6 CIDR block, as IAM's IpAddress condition operators and MediaConnect's source
 * allow-lists use it. A bare address means a single host (/32 or /128). Parsing is purely textual:
 * no name resolution ever happens.
 */
public final class Cidr {
    private final byte[] network;
    private final int prefix;

    private Cidr(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** Parses {@code address[/prefix]}; throws IllegalArgumentException when it is not a valid block. */
    public static Cidr parse(String text) {
        String address = text;
        int slash = text.indexOf('/');
        int prefix = -1;
        if (slash >= 0) {
            address = text.substring(0, slash);
            String bits = text.substring(slash + 1);
            if (!bits.matches("\\d{1,3}")) {
                throw new IllegalArgumentException("'" + text + "' is not a valid CIDR block");
            }
            prefix = Integer.parseInt(bits);
        }
        byte[] bytes = address(address);
        if (bytes == null) {
            throw new IllegalArgumentException("'" + text + "' is not a valid IPv4 or IPv6 address or CIDR block");
        }
        int max = bytes.length * 8;
        if (prefix > max) {
            throw new IllegalArgumentException("'" + text + "' has a prefix length over " + max);
        }
        int bits = prefix < 0 ? max : prefix;
        return new Cidr(mask(bytes, bits), bits);
    }

    /** Whether the address (IPv4, IPv6, or IPv4-mapped IPv6) lies in this block; false if it is not an address. */
    public boolean contains(String text) {
        byte[] bytes = address(text);
        return bytes != null && contains(bytes);
    }

    /** Whether a packet's sender lies in this block (the JDK gives IPv4-mapped senders as IPv4). */
    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    private boolean contains(byte[] bytes) {
        int at = 0;
        if (network.length == 4 && bytes.length == 16 && isV4Mapped(bytes)) {
            at = 12;
        } else if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[at + i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[at + full] & mask) == (network[full] & mask);
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static byte[] mask(byte[] bytes, int bits) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - i * 8));
            out[i] = (byte) (out[i] & (0xff << (8 - keep)));
        }
        return out;
    }

    /** The bytes of a literal address, or null when the text is not one. */
    static byte[] address(String text) {
        return text.indexOf(':') >= 0 ? v6(text) : v4(text);
    }

    private static byte[] v4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static byte[] v6(String text) {
        String s = text;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.', lastColon) >= 0) { // embedded IPv4 tail, e.g. ::ffff:192.0.2.1
            byte[] tail = v4(s.substring(lastColon + 1));
            if (tail == null) {
                return null;
            }
            s = s.substring(0, lastColon + 1) + Integer.toHexString((tail[0] & 0xff) << 8 | tail[1] & 0xff) + ":"
                    + Integer.toHexString((tail[2] & 0xff) << 8 | tail[3] & 0xff);
        }
        int gap = s.indexOf("::");
        if (gap != s.lastIndexOf("::") || s.contains(":::")) {
            return null;
        }
        List<Integer> head = groups(gap >= 0 ? s.substring(0, gap) : s);
        List<Integer> tail = gap >= 0 ? groups(s.substring(gap + 2)) : List.of();
        if (head == null || tail == null) {
            return null;
        }
        int total = head.size() + tail.size();
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] words = new int[8];
        for (int i = 0; i < head.size(); i++) {
            words[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            words[8 - tail.size() + i] = tail.get(i);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (words[i] >> 8);
            out[2 * i + 1] = (byte) words[i];
        }
        return out;
    }

    private static List<Integer> groups(String s) {
        List<Integer> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String g : s.split(":", -1)) {
            if (!g.matches("[0-9A-Fa-f]{1,4}")) {
                return null;
            }
            out.add(Integer.parseInt(g, 16));
        }
        return out;
    }
}
