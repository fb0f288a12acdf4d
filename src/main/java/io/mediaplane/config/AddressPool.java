package io.mediaplane.config;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --media-addresses}: IPv4 addresses MediaConnect flows take one each of, written as a
 * comma-separated list of addresses and CIDR blocks ({@code 10.0.0.5,10.0.0.6} or
 * {@code 127.0.1.0/24}). A block of more than two addresses leaves out its first and last (the
 * network and broadcast addresses). Empty when not configured.
 */
public final class AddressPool {
    private static final AddressPool EMPTY = new AddressPool(List.of(), "");

    /** Addresses from {@code first} to {@code last} inclusive, as 32-bit numbers. */
    private record Range(long first, long last) {
        long size() {
            return last - first + 1;
        }
    }

    private final List<Range> ranges;
    private final String text;

    private AddressPool(List<Range> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    public static AddressPool empty() {
        return EMPTY;
    }

    /** Parses the flag's value; a message for the user when it is not a list of IPv4 addresses and blocks. */
    public static AddressPool parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<Range> ranges = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String s = item.trim();
            if (s.isEmpty()) {
                throw bad(text);
            }
            int slash = s.indexOf('/');
            long address = ipv4(slash < 0 ? s : s.substring(0, slash), text);
            if (slash < 0) {
                ranges.add(new Range(address, address));
                continue;
            }
            int prefix = prefix(s.substring(slash + 1), text);
            long size = 1L << (32 - prefix);
            long first = address & ~(size - 1) & 0xffffffffL;
            ranges.add(size > 2 ? new Range(first + 1, first + size - 2) : new Range(first, first + size - 1));
        }
        return new AddressPool(List.copyOf(ranges), text.trim());
    }

    private static long ipv4(String s, String text) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw bad(text);
        }
        long value = 0;
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                throw bad(text);
            }
            value = value << 8 | Integer.parseInt(p);
        }
        return value;
    }

    private static int prefix(String s, String text) {
        if (!s.matches("\\d{1,2}") || Integer.parseInt(s) > 32) {
            throw bad(text);
        }
        return Integer.parseInt(s);
    }

    private static ConfigLoader.BadConfig bad(String text) {
        return new ConfigLoader.BadConfig("--media-addresses must be IPv4 addresses and CIDR blocks separated by"
                + " commas (e.g. 127.0.1.0/24 or 10.0.0.5,10.0.0.6), not '" + text + "'");
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** How many addresses the pool holds. */
    public long size() {
        long n = 0;
        for (Range r : ranges) {
            n += r.size();
        }
        return n;
    }

    /** The {@code index}th address, in the order given. */
    public String address(long index) {
        long i = index;
        for (Range r : ranges) {
            if (i < r.size()) {
                long a = r.first() + i;
                return (a >>> 24) + "." + (a >>> 16 & 0xff) + "." + (a >>> 8 & 0xff) + "." + (a & 0xff);
            }
            i -= r.size();
        }
        throw new IndexOutOfBoundsException("address " + index + " of a pool of " + size());
    }

    public boolean contains(String address) {
        long a;
        try {
            a = ipv4(address, address);
        } catch (ConfigLoader.BadConfig e) {
            return false;
        }
        for (Range r : ranges) {
            if (a >= r.first() && a <= r.last()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
