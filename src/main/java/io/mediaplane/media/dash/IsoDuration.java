package io.mediaplane.media.dash;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * ISO 8601 / xs:duration values as MPDs use them ({@code PT1H2M3.5S}, {@code P1DT0.040S}). Days
 * count 24 hours; years and months have no fixed length and are accepted only as zero.
 */
public final class IsoDuration {
    private IsoDuration() {}

    public static Duration parse(String text) {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != 'P') {
            throw bad(text, "it does not start with P");
        }
        Duration total = Duration.ZERO;
        boolean time = false;
        boolean any = false;
        String order = "YMD";
        int i = 1;
        while (i < s.length()) {
            if (s.charAt(i) == 'T') {
                if (time || i == s.length() - 1) {
                    throw bad(text, "misplaced T");
                }
                time = true;
                order = "HMS";
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == start || i == s.length()) {
                throw bad(text, "a number without its unit");
            }
            char unit = s.charAt(i++);
            int at = order.indexOf(unit);
            if (at < 0) {
                throw bad(text, "unit " + unit + " out of place");
            }
            order = order.substring(at + 1);
            BigDecimal n = number(s.substring(start, i - 1), text, unit == 'S' && time);
            total = total.plus(amount(n, unit, time, text));
            any = true;
        }
        if (!any) {
            throw bad(text, "no value");
        }
        return total;
    }

    /** The shortest form: {@code PT0S}, {@code PT1H2M3.5S}, {@code PT36H}. */
    public static String format(Duration d) {
        if (d.isNegative()) {
            throw new DashException("negative duration " + d);
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        int nanos = d.toNanosPart();
        StringBuilder sb = new StringBuilder("PT");
        if (hours > 0) {
            sb.append(hours).append('H');
        }
        if (minutes > 0) {
            sb.append(minutes).append('M');
        }
        if (seconds > 0 || nanos > 0 || sb.length() == 2) {
            sb.append(seconds);
            if (nanos > 0) {
                String frac = String.format("%09d", nanos).replaceFirst("0+$", "");
                sb.append('.').append(frac);
            }
            sb.append('S');
        }
        return sb.toString();
    }

    private static BigDecimal number(String digits, String text, boolean fractionAllowed) {
        if (digits.indexOf('.') >= 0 && !fractionAllowed) {
            throw bad(text, "only seconds may have a fraction");
        }
        if (digits.startsWith(".") || digits.endsWith(".") || digits.indexOf('.') != digits.lastIndexOf('.')) {
            throw bad(text, "'" + digits + "' is not a number");
        }
        if (digits.length() > 30) {
            throw bad(text, "'" + digits + "' is too long");
        }
        return new BigDecimal(digits);
    }

    private static Duration amount(BigDecimal n, char unit, boolean time, String text) {
        try {
            return switch (time ? Character.toLowerCase(unit) : unit) {
                case 'Y', 'M' -> {
                    if (n.signum() != 0) {
                        throw bad(text, "years and months have no fixed length");
                    }
                    yield Duration.ZERO;
                }
                case 'D' -> Duration.ofDays(n.longValueExact());
                case 'h' -> Duration.ofHours(n.longValueExact());
                case 'm' -> Duration.ofMinutes(n.longValueExact());
                default ->
                    Duration.ofSeconds(0, 0)
                            .plusNanos(n.movePointRight(9)
                                    .setScale(0, java.math.RoundingMode.HALF_UP)
                                    .longValueExact());
            };
        } catch (ArithmeticException e) {
            throw bad(text, "it is too large");
        }
    }

    private static DashException bad(String text, String why) {
        return new DashException("'" + text + "' is not an ISO 8601 duration: " + why);
    }
}
