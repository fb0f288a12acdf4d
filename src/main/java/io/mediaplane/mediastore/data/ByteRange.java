package io.mediaplane.mediastore.data;

import io.mediaplane.protocol.AwsException;

/** One satisfiable byte range of an object: {@code first..last} inclusive. */
record ByteRange(long first, long last, long size) {
    long length() {
        return last - first + 1;
    }

    /** RFC 9110 form, {@code bytes 0-99/1000}. */
    String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * Resolves a Range header already matching the model's pattern ({@code bytes=a-b},
     * {@code bytes=a-}, {@code bytes=-n}) against an object of {@code size} bytes.
     */
    static ByteRange of(String header, long size) {
        String spec = header.substring("bytes=".length());
        int dash = spec.indexOf('-');
        String a = spec.substring(0, dash);
        String b = spec.substring(dash + 1);
        long first;
        long last;
        try {
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                first = Math.max(0, size - suffix);
                last = suffix == 0 ? -1 : size - 1;
            } else {
                first = Long.parseLong(a);
                last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
                if (!b.isEmpty() && Long.parseLong(b) < first) {
                    throw unsatisfiable(header, size);
                }
            }
        } catch (NumberFormatException e) {
            throw unsatisfiable(header, size);
        }
        if (first >= size || last < first) {
            throw unsatisfiable(header, size);
        }
        return new ByteRange(first, last, size);
    }

    private static AwsException unsatisfiable(String header, long size) {
        return new AwsException(
                MediaStoreDataError.RANGE_NOT_SATISFIABLE,
                "The range '" + header + "' is not satisfiable: the object has " + size + " bytes");
    }
}
