package io.mediaplane.protocol;

import java.util.Map;

/**
 * Where a request goes: the service (null when none can be told), the operation and its decoded
 * URI labels, or the error to answer with when the service is known but the operation is not.
 */
public record Route(ServiceSpec service, Operation<?, ?> operation, Map<String, String> labels, AwsException error) {
    static Route to(ServiceSpec service, Operation<?, ?> operation, Map<String, String> labels) {
        return new Route(service, operation, labels, null);
    }

    static Route failed(ServiceSpec service, AwsException error) {
        return new Route(service, null, Map.of(), error);
    }
}
