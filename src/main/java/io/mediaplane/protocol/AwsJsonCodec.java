package io.mediaplane.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediaplane.http.HttpExchange;
import java.io.IOException;
import java.util.Map;

/**
 * awsJson1.1: every member in a JSON object body, errors as {@code {"__type", "Message"}} with
 * the same code in {@code x-amzn-ErrorType} (botocore reads only the body, Java the header).
 */
final class AwsJsonCodec implements ProtocolCodec {
    static final AwsJsonCodec INSTANCE = new AwsJsonCodec();
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final byte[] EMPTY = {'{', '}'};

    @Override
    public Object readInput(
            ServiceSpec service, Operation<?, ?> op, HttpExchange exchange, Map<String, String> labels, byte[] body) {
        return JsonBodies.bind(service, JsonBodies.parseObject(service, body), op.input());
    }

    @Override
    public void writeOutput(ServiceSpec service, Operation<?, ?> op, HttpExchange exchange, Object output)
            throws IOException {
        exchange.setHeader("Content-Type", CONTENT_TYPE);
        exchange.send(200, output == null ? EMPTY : service.mapper().writeValueAsBytes(output));
    }

    @Override
    public void writeError(ServiceSpec service, HttpExchange exchange, AwsException error) throws IOException {
        ObjectNode body = service.mapper().createObjectNode();
        body.put("__type", error.code());
        body.put(service.messageKey(), error.getMessage());
        exchange.setHeader("Content-Type", CONTENT_TYPE);
        exchange.setHeader("x-amzn-ErrorType", error.code());
        exchange.send(error.status(), JsonBodies.write(service, body));
    }
}
