package io.mediaplane.media.vast;

import java.time.Duration;

/** VAST's clock values: {@code HH:MM:SS} with optional {@code .mmm}. */
final class Times {
    private Times() {}

    static Duration parse(String s) {
        String v = s.strip();
        String[] parts = v.split(":", -1);
        if (parts.length != 3) {
            throw bad(s);
        }
        try {
            long hours = digits(parts[0], s);
            long minutes = digits(parts[1], s);
            String sec = parts[2];
            int dot = sec.indexOf('.');
            long seconds = digits(dot < 0 ? sec : sec.substring(0, dot), s);
            long millis = 0;
            if (dot >= 0) {
                String frac = sec.substring(dot + 1);
                if (frac.isEmpty() || frac.length() > 9) {
                    throw bad(s);
                }
                millis = Math.round(digits(frac, s) / Math.pow(10, frac.length()) * 1000);
            }
            if (minutes > 59 || seconds > 59) {
                throw bad(s);
            }
            return Duration.ofHours(hours)
                    .plusMinutes(minutes)
                    .plusSeconds(seconds)
                    .plusMillis(millis);
        } catch (ArithmeticException e) {
            throw bad(s);
        }
    }

    private static long digits(String d, String whole) {
        if (d.isEmpty() || d.length() > 9) {
            throw bad(whole);
        }
        for (int i = 0; i < d.length(); i++) {
            if (d.charAt(i) < '0' || d.charAt(i) > '9') {
                throw bad(whole);
            }
        }
        return Long.parseLong(d);
    }

    private static VastException bad(String s) {
        return new VastException("'" + s + "' is not a time of the form HH:MM:SS or HH:MM:SS.mmm");
    }
}
