package io.mediaplane.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediaplane.aws.Percent;
import io.mediaplane.http.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * restJson1: members bound to URI labels, query parameters and headers by the shape's
 * declarations, the rest in a JSON body; success status as modeled; errors with the code in
 * {@code x-amzn-ErrorType} (and {@code __type}), so HEAD errors still carry it.
 */
final class RestJsonCodec implements ProtocolCodec {
    static final RestJsonCodec INSTANCE = new RestJsonCodec();
    private static final String CONTENT_TYPE = "application/json";
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    @Override
    public Object readInput(
            ServiceSpec service, Operation<?, ?> op, HttpExchange exchange, Map<String, String> labels, byte[] body) {
        Shape shape = Shape.of(op.input());
        Object input = null;
        if (!shape.allBound()) {
            ObjectNode tree = shape.payload() != null
                    ? service.mapper().createObjectNode()
                    : JsonBodies.parseObject(service, body);
            input = JsonBodies.bind(service, tree, op.input());
            if (!shape.hasBindings()) {
                return input;
            }
        }
        Map<String, Object> bound = new HashMap<>();
        for (Shape.Member m : shape.labels()) {
            String value = labels.get(m.wireName());
            bound.put(m.javaName(), value == null ? null : BoundValues.fromText(service, m, List.of(value)));
        }
        Map<String, List<String>> query = Percent.parseQuery(exchange.rawQuery());
        for (Shape.Member m : shape.queries()) {
            List<String> values = query.get(m.wireName());
            bound.put(m.javaName(), values == null ? null : BoundValues.fromText(service, m, values));
        }
        for (Shape.Member m : shape.headers()) {
            List<String> values = exchange.headers(m.wireName());
            bound.put(m.javaName(), values.isEmpty() ? null : BoundValues.fromText(service, m, values));
        }
        if (shape.payload() != null) {
            bound.put(shape.payload().javaName(), exchange.body());
        }
        return input == null ? shape.of(bound) : shape.with(input, bound);
    }

    @Override
    public void writeOutput(ServiceSpec service, Operation<?, ?> op, HttpExchange exchange, Object output)
            throws IOException {
        if (output == null) {
            finish(exchange, op.status(), service.mapper().createObjectNode(), service);
            return;
        }
        Shape shape = Shape.of(output.getClass());
        int status = op.status();
        for (Shape.Member m : shape.headers()) {
            Object value = Shape.value(output, m);
            if (value != null) {
                exchange.setHeader(m.wireName(), BoundValues.toText(service, value));
            }
        }
        if (shape.statusCode() != null) {
            Object value = Shape.value(output, shape.statusCode());
            status = value == null ? status : (Integer) value;
        }
        if (shape.payload() != null) {
            writePayload(exchange, status, (StreamingBody) Shape.value(output, shape.payload()));
            return;
        }
        ObjectNode tree = service.mapper().valueToTree(output);
        for (Shape.Member m : shape.headers()) {
            tree.remove(BoundValues.jsonName(service.mapper(), m));
        }
        if (shape.statusCode() != null) {
            tree.remove(BoundValues.jsonName(service.mapper(), shape.statusCode()));
        }
        finish(exchange, status, tree, service);
    }

    /** A raw payload: a file region goes to the connection as it is, anything else is streamed. */
    private static void writePayload(HttpExchange exchange, int status, StreamingBody payload) throws IOException {
        boolean head = "HEAD".equals(exchange.method());
        if (payload instanceof StreamingBody.FileRegion region) {
            try {
                exchange.sendFile(status, head ? EMPTY : region.bytes(), region.file(), region.position());
            } finally {
                region.release().run();
            }
            return;
        }
        if (payload == null || head) {
            exchange.send(status, new byte[0]);
            return;
        }
        OutputStream out = exchange.stream(status);
        try {
            payload.writeTo(out);
        } catch (IOException | RuntimeException e) {
            exchange.abort(e); // a body that fails half-way must not look complete to the client
            throw e;
        }
        out.close();
    }

    private static void finish(HttpExchange exchange, int status, ObjectNode tree, ServiceSpec service)
            throws IOException {
        if (status == 204 || "HEAD".equals(exchange.method())) {
            exchange.send(status, new byte[0]);
            return;
        }
        exchange.setHeader("Content-Type", CONTENT_TYPE);
        exchange.send(status, JsonBodies.write(service, tree));
    }

    @Override
    public void writeError(ServiceSpec service, HttpExchange exchange, AwsException error) throws IOException {
        exchange.setHeader("x-amzn-ErrorType", error.code());
        if ("HEAD".equals(exchange.method())) {
            exchange.send(error.status(), new byte[0]);
            return;
        }
        ObjectNode body = service.mapper().createObjectNode();
        body.put("__type", error.code());
        body.put(service.messageKey(), error.getMessage());
        exchange.setHeader("Content-Type", CONTENT_TYPE);
        exchange.send(error.status(), JsonBodies.write(service, body));
    }
}
