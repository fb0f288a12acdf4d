package io.mediaplane.auth;

import io.mediaplane.aws.Echo;
import java.util.List;

/** The date rules of SigV4: which header carries the date, scope date, clock skew and presign expiry. */
final class SigningTime {

    /** How far a header-signed request's date may be from the clock, as AWS allows. */
    static final long MAX_SKEW_SECONDS = 15 * 60;

    private SigningTime() {}

    /** X-Amz-Date, or the Date header (RFC 1123) in the same basic format when X-Amz-Date is absent. */
    static String headerDate(SignedRequest request) {
        List<String> amzDates = request.headerValues("X-Amz-Date");
        if (!amzDates.isEmpty()) {
            return requireBasicFormat(amzDates.get(0));
        }
        List<String> dates = request.headerValues("Date");
        if (dates.isEmpty()) {
            throw AuthFailure.incomplete(
                    "Authorization header requires existence of either a 'X-Amz-Date' or a " + "'Date' header.");
        }
        long parsed = AmzDate.parseHttpDate(dates.get(0));
        if (parsed == Long.MIN_VALUE) {
            throw AuthFailure.incomplete(
                    "The Date header must be an RFC 1123 date, not " + Echo.quote(dates.get(0)) + ".");
        }
        return AmzDate.format(parsed);
    }

    static String requireBasicFormat(String amzDate) {
        if (AmzDate.parse(amzDate) == Long.MIN_VALUE) {
            throw AuthFailure.incomplete("X-Amz-Date must be in ISO-8601 basic format yyyyMMdd'T'HHmmss'Z', not "
                    + Echo.quote(amzDate) + ".");
        }
        return amzDate;
    }

    static void requireScopeDate(SignatureScope scope, String amzDate) {
        if (!amzDate.startsWith(scope.date())) {
            throw AuthFailure.invalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version "
                    + "of date from HTTP: " + Echo.quote(scope.date()) + " != " + Echo.quote(amzDate.substring(0, 8))
                    + ", from " + Echo.quote(amzDate) + ".");
        }
    }

    /** A header-signed request must be dated within {@link #MAX_SKEW_SECONDS} of now, either way. */
    static void requireWithinSkew(String amzDate, long now) {
        long signedAt = AmzDate.parse(amzDate);
        if (now - signedAt > MAX_SKEW_SECONDS) {
            throw AuthFailure.invalidSignature("Signature expired: " + amzDate + " is now earlier than "
                    + AmzDate.format(now - MAX_SKEW_SECONDS) + " (" + AmzDate.format(now) + " - 15 min.)");
        }
        requireNotFuture(amzDate, signedAt, now);
    }

    /** A presigned request is valid from its date (less the skew allowance) for X-Amz-Expires seconds. */
    static void requireUnexpired(String amzDate, long expiresSeconds, long now) {
        long signedAt = AmzDate.parse(amzDate);
        long expiresAt = signedAt + expiresSeconds;
        if (now > expiresAt) {
            throw AuthFailure.invalidSignature("Signature expired: the request presigned at " + amzDate + " for "
                    + expiresSeconds + " seconds expired at " + AmzDate.format(expiresAt) + "; it is now "
                    + AmzDate.format(now) + ".");
        }
        requireNotFuture(amzDate, signedAt, now);
    }

    private static void requireNotFuture(String amzDate, long signedAt, long now) {
        if (signedAt - now > MAX_SKEW_SECONDS) {
            throw AuthFailure.invalidSignature("Signature not yet current: " + amzDate + " is still later than "
                    + AmzDate.format(now + MAX_SKEW_SECONDS) + " (" + AmzDate.format(now) + " + 15 min.)");
        }
    }
}
