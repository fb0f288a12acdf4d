package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.ContainerRecord;
import io.mediaplane.mediastore.data.cors.CorsPolicy;
import io.mediaplane.mediastore.data.cors.Preflight;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;
import io.mediaplane.protocol.Intercept;
import io.mediaplane.protocol.RequestHead;

/**
 * Applies the container's CORS policy to a data request before anything else is done with it: a preflight
 * ({@code OPTIONS}) is answered here, unauthenticated as browsers send it; any other request gets the
 * {@code Access-Control-*} headers of the matching rule, which then ride on its response, errors included.
 */
final class CorsResponses {
    /** The operation name preflights are logged and counted under. */
    static final String PREFLIGHT = "Preflight";

    private CorsResponses() {}

    static Intercept apply(ContainerRecord container, RequestHead request) {
        CorsPolicy cors = CorsPolicy.of(container.corsPolicy());
        if (!"OPTIONS".equals(request.method())) {
            return Intercept.proceed(cors.responseHeaders(request.header("Origin"), request.method()));
        }
        Preflight answer = cors.preflight(
                request.header("Origin"),
                request.header("Access-Control-Request-Method"),
                request.header("Access-Control-Request-Headers"));
        if (answer instanceof Preflight.Rejected r) {
            return Intercept.refuse(PREFLIGHT, new AwsException(new ErrorCode(r.errorCode(), r.status()), r.message()));
        }
        return Intercept.answer(PREFLIGHT, ((Preflight.Allowed) answer).headers());
    }
}
