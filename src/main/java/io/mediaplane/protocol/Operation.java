package io.mediaplane.protocol;

/**
 * One operation, declared once: its AWS name, where it lives on the wire, its typed input and
 * output shapes, and its implementation. Member locations, wire names and constraints are
 * declared on the shape records themselves.
 *
 * @param name    the AWS operation name, e.g. {@code CreateContainer}
 * @param method  the HTTP method (always POST for awsJson1.1)
 * @param uri     the URI template (restJson1), or null for awsJson1.1
 * @param status  the modeled success status
 */
public record Operation<I, O>(
        String name,
        String method,
        UriTemplate uri,
        int status,
        Class<I> input,
        Class<O> output,
        Handler<I, O> handler) {

    /** An awsJson1.1 operation: POST / with {@code X-Amz-Target: <prefix>.<name>}. */
    public static <I, O> Operation<I, O> json(String name, Class<I> input, Class<O> output, Handler<I, O> handler) {
        return new Operation<>(name, "POST", null, 200, input, output, handler);
    }

    /** A restJson1 operation with its method, URI template and success status. */
    public static <I, O> Operation<I, O> rest(
            String method,
            String uri,
            int status,
            String name,
            Class<I> input,
            Class<O> output,
            Handler<I, O> handler) {
        return new Operation<>(name, method, UriTemplate.parse(uri), status, input, output, handler);
    }

    /** Whether the input's body is streamed to the handler instead of parsed as JSON. */
    public boolean streamsInput() {
        return Shape.of(input).payload() != null;
    }
}
