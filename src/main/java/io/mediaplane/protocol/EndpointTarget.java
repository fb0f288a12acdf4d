package io.mediaplane.protocol;

/**
 * The resource an endpoint's address names (a MediaStore container), as {@link RequestContext}
 * carries it: opaque, so operations take it only typed, through {@link RequestContext#target(Class)}.
 */
public final class EndpointTarget {
    /** On the shared endpoint: no resource. */
    static final EndpointTarget NONE = new EndpointTarget(null);

    private final Object resource;

    private EndpointTarget(Object resource) {
        this.resource = resource;
    }

    static EndpointTarget of(Object resource) {
        return resource == null ? NONE : new EndpointTarget(resource);
    }

    <T> T as(Class<T> type) {
        if (!type.isInstance(resource)) {
            throw new IllegalStateException("the request's target is "
                    + (resource == null ? "none" : resource.getClass().getName()) + ", not " + type.getName());
        }
        return type.cast(resource);
    }

    @Override
    public String toString() {
        return String.valueOf(resource);
    }
}
