package io.mediaplane.mediaconnect;

import io.mediaplane.config.Config;
import io.mediaplane.mediaconnect.relay.FlowRuntime;
import io.mediaplane.mediaconnect.relay.RelayEngine;
import io.mediaplane.observe.Metrics;
import java.io.IOException;
import java.net.InetAddress;

/** Makes the runtime that carries MediaConnect flows' media, once configuration and metrics exist. */
@FunctionalInterface
public interface FlowRuntimeFactory {
    /** The relay engine: flows really move UDP on the configured media address. */
    FlowRuntimeFactory RELAY_ENGINE =
            (config, metrics) -> new RelayEngine(InetAddress.getByName(config.mediaAddress()), metrics.registry());

    FlowRuntime create(Config config, Metrics metrics) throws IOException;
}
