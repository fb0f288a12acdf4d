package io.mediaplane.mediastore.data;

import io.mediaplane.mediastore.data.cors.CorsPolicy;
import io.mediaplane.mediastore.data.cors.Preflight;
import io.mediaplane.protocol.AwsException;
import io.mediaplane.protocol.ErrorCode;
import java.io.IOException;

/**
 * Applies the container's CORS policy to a data request before anything else is done with it: a preflight
 * ({@code OPTIONS}) is answered here, unauthenticated as browsers send it; any other request gets the
 * {@code Access-Control-*} headers of the matching rule, which then ride on its response, errors included.
 */
final class CorsResponses {
    /** The operation name preflights are logged and counted under. */
    static final String PREFLIGHT = "Preflight";

    private CorsResponses() {}

    /** True when the request was a preflight and has been answered. */
    static boolean apply(DataExchange view, Outcome outcome, String path) throws IOException {
        CorsPolicy cors = CorsPolicy.of(outcome.container.container().corsPolicy());
        if (!"OPTIONS".equals(view.method())) {
            cors.responseHeaders(view.header("Origin"), view.method()).forEach(view::setHeader);
            return false;
        }
        outcome.operation = PREFLIGHT;
        outcome.path = path;
        Preflight answer = cors.preflight(
                view.header("Origin"),
                view.header("Access-Control-Request-Method"),
                view.header("Access-Control-Request-Headers"));
        if (answer instanceof Preflight.Rejected r) {
            throw new AwsException(new ErrorCode(r.errorCode(), r.status()), r.message());
        }
        ((Preflight.Allowed) answer).headers().forEach(view::setHeader);
        view.send(200, new byte[0]);
        return true;
    }
}
