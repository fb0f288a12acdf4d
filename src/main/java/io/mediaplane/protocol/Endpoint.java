package io.mediaplane.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * One service's operations as the {@link RequestPipeline} serves them, with the hooks where the
 * service differs from a plain API. Every hook but {@link #spec} has a default that does nothing
 * special, so a plain API is {@code Endpoint.api(spec)}.
 *
 * <p>The pipeline's stages, and the hook of each: locate ({@link #mount}, {@link #target},
 * {@link #path}), {@link #intercept}, route, authenticate ({@link #region}, {@link #stage} when the
 * signature needs a streamed body's hash), bind, {@link #check}, validate, {@link #authorize}, invoke, encode,
 * observe ({@link #completed}).
 *
 * @param <T> the resource an address of this endpoint names (a MediaStore container); operations
 *     get it with {@link RequestContext#target(Class)}. On the shared endpoint there is none: the
 *     hooks get null.
 */
public interface Endpoint<T> {
    /** The service's protocol, errors and operations. */
    ServiceSpec spec();

    /** A plain API on the shared endpoint. */
    static Endpoint<Void> api(ServiceSpec spec) {
        return () -> spec;
    }

    /** Where the endpoint takes requests; the shared API endpoint unless it has addresses of its own. */
    default Mount mount() {
        return Mount.SHARED;
    }

    /**
     * The resource an address names, or the service's not-found error ({@link AwsException}).
     * Called for every request to an address of the endpoint's own {@link #mount}.
     */
    default T target(String resourceId, Instant now) {
        throw new IllegalStateException(spec().name() + " has no addresses of its own");
    }

    /**
     * The raw path operations are routed by, from the address: by default what follows the prefix
     * (the whole path on a host name). A virtual-host endpoint may put the resource id back in
     * front, to share its operations with a path-style API.
     */
    default String path(EndpointAddress address) {
        return address.rest().isEmpty() ? "/" : address.rest();
    }

    /**
     * The region of the resource an address names, which a signed request's credential scope must
     * name (a container in us-east-1 takes no signature scoped to eu-west-1). Null (the default, and on
     * the shared endpoint): the scope names the region, which must be one requests may use.
     */
    default String region(T target) {
        return null;
    }

    /** A first look before routing and authentication (e.g. CORS); only on addresses of the endpoint's own. */
    default Intercept intercept(T target, RequestHead request) {
        return Intercept.PROCEED;
    }

    /**
     * Reads a streamed body ahead when its signature covers its hash without declaring it (the
     * operation then takes it from {@link RequestBody#staged}); throws the service's error when it is
     * too large. Null (the default) keeps the body in memory up to the API body limit and hands it to
     * the operation's payload stream as usual.
     */
    default StagedBody stage(T target, InputStream body, long contentLength) throws IOException {
        return null;
    }

    /** The service's own input rules, before the constraints declared on the input record. */
    default void check(T target, String operation, Object input) {}

    /** Enforces resource policies; throws the service's access-denied error. */
    default void authorize(T target, Authorization request) {}

    /**
     * Told about every answered request whose target was found (access logs, request metrics).
     * Runs on the request's thread after the response; must be quick and must not throw.
     */
    default void completed(T target, Answered request) {}
}
