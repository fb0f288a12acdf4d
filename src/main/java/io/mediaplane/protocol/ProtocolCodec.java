package io.mediaplane.protocol;

import io.mediaplane.http.HttpExchange;
import java.io.IOException;
import java.util.Map;

/** Turns HTTP into typed inputs and typed outputs or errors back into HTTP, for one AWS {@link Protocol}. */
public interface ProtocolCodec {
    /**
     * Reads the operation's typed input.
     *
     * @param labels decoded URI labels (restJson1); empty for awsJson1.1
     * @param body   the buffered body, or null when the operation streams its payload
     */
    Object readInput(
            ServiceSpec service, Operation<?, ?> op, HttpExchange exchange, Map<String, String> labels, byte[] body);

    /** Sends a successful response for the operation's typed output. */
    void writeOutput(ServiceSpec service, Operation<?, ?> op, HttpExchange exchange, Object output) throws IOException;

    /** Sends an error response in the service's dialect. */
    void writeError(ServiceSpec service, HttpExchange exchange, AwsException error) throws IOException;
}
