package io.mediaplane.mediastore.data.cors;

import java.util.Map;

/** The answer to a CORS preflight ({@code OPTIONS}) request against a container's CORS policy. */
public sealed interface Preflight {

    /** A rule allows the request: answer 200 with these headers and no body. */
    record Allowed(Map<String, String> headers) implements Preflight {
        public Allowed {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * No rule allows it, or it is not a complete preflight: answer {@code status} with this error. The codes and
     * messages are S3's (MediaStore's CORS model is S3's): 403 {@code AccessForbidden} "CORSResponse: ..." when no
     * rule matches or the container has no CORS policy, 400 {@code BadRequest} when Origin or
     * Access-Control-Request-Method is missing.
     */
    record Rejected(int status, String errorCode, String message) implements Preflight {}
}
