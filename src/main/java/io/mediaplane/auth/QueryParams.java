package io.mediaplane.auth;

import io.mediaplane.aws.Echo;
import io.mediaplane.aws.Percent;
import java.util.Arrays;

/**
 * A raw query string split into name/value pairs, still encoded, as offsets into the original
 * string (no substrings unless asked for). Empty pairs ({@code a=1&&b=2}) are skipped; a pair
 * without '=' has an empty value.
 */
final class QueryParams {

    private static final QueryParams EMPTY = new QueryParams("", new int[0], 0);

    private final String raw;
    /** Per pair: name start, '=' position (or end), end. */
    private final int[] bounds;

    private final int size;

    private QueryParams(String raw, int[] bounds, int size) {
        this.raw = raw;
        this.bounds = bounds;
        this.size = size;
    }

    static QueryParams parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        int[] bounds = new int[12];
        int size = 0;
        int start = 0;
        int length = rawQuery.length();
        while (start <= length) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                int eq = rawQuery.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    eq = end;
                }
                if (size * 3 + 3 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[size * 3] = start;
                bounds[size * 3 + 1] = eq;
                bounds[size * 3 + 2] = end;
                size++;
            }
            start = end + 1;
        }
        return new QueryParams(rawQuery, bounds, size);
    }

    int size() {
        return size;
    }

    String raw() {
        return raw;
    }

    int nameStart(int i) {
        return bounds[i * 3];
    }

    int nameEnd(int i) {
        return bounds[i * 3 + 1];
    }

    /** Start of the value; equals {@link #valueEnd} when there is no value. */
    int valueStart(int i) {
        return Math.min(bounds[i * 3 + 1] + 1, bounds[i * 3 + 2]);
    }

    int valueEnd(int i) {
        return bounds[i * 3 + 2];
    }

    /** Whether the raw (undecoded) name of pair {@code i} is exactly {@code name}. */
    boolean nameIs(int i, String name) {
        int start = nameStart(i);
        return nameEnd(i) - start == name.length() && raw.startsWith(name, start);
    }

    /** Whether some pair has exactly this raw name. */
    boolean has(String name) {
        for (int i = 0; i < size; i++) {
            if (nameIs(i, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The decoded value of the only pair named {@code name}, or null when absent.
     *
     * @throws AuthFailure when the name appears more than once
     */
    String single(String name) {
        String found = null;
        for (int i = 0; i < size; i++) {
            if (nameIs(i, name)) {
                if (found != null) {
                    throw AuthFailure.incomplete(
                            "The query parameter " + Echo.quote(name) + " appears more than once.");
                }
                found = Percent.decode(raw.substring(valueStart(i), valueEnd(i)));
            }
        }
        return found;
    }
}
