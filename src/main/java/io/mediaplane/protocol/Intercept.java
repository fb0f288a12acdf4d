package io.mediaplane.protocol;

import java.util.Map;

/**
 * What {@link Endpoint#intercept} decided about a request before it is routed: headers every
 * response to it carries (errors included), and whether the request is already answered (e.g. a
 * CORS preflight: 200 with those headers and no body) or refused.
 *
 * @param headers    response headers to set
 * @param answeredAs the operation name an answered or refused request is observed under, or null to go on
 * @param refusal    the error a refused request is answered with, else null
 */
public record Intercept(Map<String, String> headers, String answeredAs, AwsException refusal) {
    /** Go on, adding nothing. */
    public static final Intercept PROCEED = new Intercept(Map.of(), null, null);

    /** Go on; every response carries these headers. */
    public static Intercept proceed(Map<String, String> headers) {
        return headers.isEmpty() ? PROCEED : new Intercept(headers, null, null);
    }

    /** Answered with 200, these headers and no body; observed as {@code operation}. */
    public static Intercept answer(String operation, Map<String, String> headers) {
        return new Intercept(headers, operation, null);
    }

    /** Refused with this error; observed as {@code operation}. */
    public static Intercept refuse(String operation, AwsException error) {
        return new Intercept(Map.of(), operation, error);
    }
}
