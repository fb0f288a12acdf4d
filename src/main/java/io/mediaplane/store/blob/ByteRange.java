package io.mediaplane.store.blob;

/** One satisfiable byte range of a blob: {@code first..last} inclusive, of {@code size} bytes. */
public record ByteRange(long first, long last, long size) {
    public long length() {
        return last - first + 1;
    }

    /** RFC 9110 form, {@code bytes 0-99/1000}. */
    public String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * Resolves a Range header already matching {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}
     * against a blob of {@code size} bytes, as RFC 9110 section 14.1.1 says: a last position at or past
     * the end (however large, even beyond what a long holds) means the end, a suffix longer than the
     * blob means all of it. {@link Unsatisfiable} when no byte of it lies in the blob (the service
     * answers with its own error, e.g. HTTP 416).
     */
    public static ByteRange of(String header, long size) {
        String spec = header.substring("bytes=".length());
        int dash = spec.indexOf('-');
        String a = spec.substring(0, dash);
        String b = spec.substring(dash + 1);
        long first;
        long last;
        if (a.isEmpty()) {
            long suffix = position(b, header, size);
            first = Math.max(0, size - suffix);
            last = suffix == 0 ? -1 : size - 1;
        } else {
            first = position(a, header, size);
            last = b.isEmpty() ? size - 1 : position(b, header, size);
            if (last < first) {
                throw new Unsatisfiable(header, size);
            }
            last = Math.min(last, size - 1);
        }
        if (first >= size || last < first) {
            throw new Unsatisfiable(header, size);
        }
        return new ByteRange(first, last, size);
    }

    /** A decimal position; one too large for a long is past any blob's end, so it saturates. */
    private static long position(String digits, String header, long size) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Unsatisfiable(header, size);
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A range no byte of which lies in the blob; the message is fit for the client. */
    public static final class Unsatisfiable extends IllegalArgumentException {
        Unsatisfiable(String header, long size) {
            super("The range '" + header + "' is not satisfiable: the object has " + size + " bytes");
        }
    }
}
