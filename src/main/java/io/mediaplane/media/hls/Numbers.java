package io.mediaplane.media.hls;

/** The numeric forms of RFC 8216 4.2: decimal-integer and (signed-)decimal-floating-point. */
final class Numbers {
    private Numbers() {}

    /** A decimal-integer: digits only, at most 18 of them (always fits a long). */
    static long integer(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            throw new HlsException("'" + s + "' is not a decimal-integer");
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new HlsException("'" + s + "' is not a decimal-integer");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A decimal-floating-point (digits with at most one '.'), or signed when {@code signed}. */
    static double decimal(String s, boolean signed) {
        int n = s.length();
        int start = signed && n > 0 && s.charAt(0) == '-' ? 1 : 0;
        boolean digit = false;
        boolean dot = false;
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                digit = false;
                break;
            }
        }
        if (!digit || n - start > 40) {
            throw new HlsException("'" + s + "' is not a " + (signed ? "signed-" : "") + "decimal-floating-point");
        }
        return Double.parseDouble(s);
    }

    /** Seconds with at most 3 decimals and at least one: 6.0, 6.006, 2.5. */
    static String seconds(double d) {
        if (!(d >= 0) || d > 1e12) {
            throw new HlsException(d + " is not a duration");
        }
        long millis = Math.round(d * 1000);
        StringBuilder sb = new StringBuilder(12).append(millis / 1000).append('.');
        long frac = millis % 1000;
        if (frac == 0) {
            return sb.append('0').toString();
        }
        sb.append((char) ('0' + frac / 100));
        if (frac % 100 != 0) {
            sb.append((char) ('0' + frac / 10 % 10));
            if (frac % 10 != 0) {
                sb.append((char) ('0' + frac % 10));
            }
        }
        return sb.toString();
    }
}
