package io.mediaplane.protocol;

/**
 * What {@link Endpoint#authorize} decides on: an authenticated caller asking for an operation with
 * a bound, valid input.
 *
 * @param identity  who is asking (anonymous when the request was unsigned)
 * @param operation the AWS operation name
 * @param input     the typed input
 * @param request   the request's method, path and headers (for policy condition keys)
 */
public record Authorization(Identity identity, String operation, Object input, RequestHead request) {}
