package io.mediaplane.auth.policy;

import io.mediaplane.aws.Cidr;
import io.mediaplane.aws.Echo;
import io.mediaplane.aws.Wildcard;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The IAM condition operators without their {@code IfExists} suffix or set qualifier. The enum constant names
 * are the IAM names. {@link #matches} is always the positive test; {@link #negated} says whether the
 * operator inverts it (StringNotEquals, NotIpAddress, ArnNotLike, ...).
 */
enum Operator {
    StringEquals(Family.STRING, false, null),
    StringNotEquals(Family.STRING, true, null),
    StringEqualsIgnoreCase(Family.STRING_IGNORE_CASE, false, null),
    StringNotEqualsIgnoreCase(Family.STRING_IGNORE_CASE, true, null),
    StringLike(Family.LIKE, false, null),
    StringNotLike(Family.LIKE, true, null),
    NumericEquals(Family.NUMERIC, false, Cmp.EQ),
    NumericNotEquals(Family.NUMERIC, true, Cmp.EQ),
    NumericLessThan(Family.NUMERIC, false, Cmp.LT),
    NumericLessThanEquals(Family.NUMERIC, false, Cmp.LE),
    NumericGreaterThan(Family.NUMERIC, false, Cmp.GT),
    NumericGreaterThanEquals(Family.NUMERIC, false, Cmp.GE),
    DateEquals(Family.DATE, false, Cmp.EQ),
    DateNotEquals(Family.DATE, true, Cmp.EQ),
    DateLessThan(Family.DATE, false, Cmp.LT),
    DateLessThanEquals(Family.DATE, false, Cmp.LE),
    DateGreaterThan(Family.DATE, false, Cmp.GT),
    DateGreaterThanEquals(Family.DATE, false, Cmp.GE),
    Bool(Family.BOOL, false, null),
    BinaryEquals(Family.STRING, false, null),
    IpAddress(Family.IP, false, null),
    NotIpAddress(Family.IP, true, null),
    ArnEquals(Family.ARN, false, null),
    ArnLike(Family.ARN, false, null),
    ArnNotEquals(Family.ARN, true, null),
    ArnNotLike(Family.ARN, true, null),
    Null(Family.NULL, false, null);

    enum Family {
        STRING,
        STRING_IGNORE_CASE,
        LIKE,
        NUMERIC,
        DATE,
        BOOL,
        IP,
        ARN,
        NULL
    }

    enum Cmp {
        EQ,
        LT,
        LE,
        GT,
        GE;

        boolean test(int c) {
            return switch (this) {
                case EQ -> c == 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
    }

    final Family family;
    final boolean negated;
    private final Cmp cmp;

    Operator(Family family, boolean negated, Cmp cmp) {
        this.family = family;
        this.negated = negated;
        this.cmp = cmp;
    }

    /** Looks an operator up by its IAM name, ignoring case. */
    static Optional<Operator> byName(String name) {
        for (Operator op : values()) {
            if (op.name().equalsIgnoreCase(name)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** Converts a policy value to its typed form; throws IllegalArgumentException with the reason if invalid. */
    Object parsePolicyValue(String raw) {
        return switch (family) {
            case NUMERIC ->
                number(raw).orElseThrow(() -> new IllegalArgumentException(Echo.quote(raw) + " is not a number"));
            case DATE ->
                date(raw)
                        .orElseThrow(() -> new IllegalArgumentException(
                                Echo.quote(raw) + " is not an ISO 8601 date/time or epoch seconds"));
            case IP -> Cidr.parse(raw);
            case NULL -> {
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException(Echo.quote(raw) + " must be true or false");
                }
                yield Boolean.parseBoolean(raw);
            }
            default -> raw;
        };
    }

    /** The positive test of one request value against one typed policy value. */
    boolean matches(String requestValue, Object policyValue) {
        return switch (family) {
            case STRING -> requestValue.equals(policyValue);
            case STRING_IGNORE_CASE, BOOL -> requestValue.equalsIgnoreCase((String) policyValue);
            case LIKE -> Wildcard.matches((String) policyValue, requestValue, false);
            case NUMERIC ->
                number(requestValue)
                        .map(v -> cmp.test(v.compareTo((BigDecimal) policyValue)))
                        .orElse(false);
            case DATE ->
                date(requestValue)
                        .map(v -> cmp.test(v.compareTo((Instant) policyValue)))
                        .orElse(false);
            case IP -> ((Cidr) policyValue).contains(requestValue);
            case ARN -> arnMatches((String) policyValue, requestValue);
            case NULL -> throw new IllegalStateException("Null is evaluated on key presence");
        };
    }

    private static boolean arnMatches(String pattern, String arn) {
        String[] p = pattern.split(":", 6);
        String[] a = arn.split(":", 6);
        if (p.length != 6 || a.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Wildcard.matches(p[i], a[i], false)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<BigDecimal> number(String raw) {
        try {
            return Optional.of(new BigDecimal(raw.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** W3C ISO 8601 profiles (YYYY-MM, YYYY-MM-DD, date-time with or without seconds/offset) or epoch seconds. */
    static Optional<Instant> date(String raw) {
        try {
            if (raw.matches("\\d{1,18}")) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(raw)));
            }
            if (raw.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(raw)
                        .atDay(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
            }
            if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(
                        LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (raw.endsWith("Z") || raw.matches(".*T.*[+-]\\d{2}:\\d{2}")) {
                return Optional.of(OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant());
            }
            return Optional.of(LocalDateTime.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
