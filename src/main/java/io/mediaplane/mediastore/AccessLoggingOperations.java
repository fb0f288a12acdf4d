package io.mediaplane.mediastore;

import io.mediaplane.mediastore.ContainerShapes.ContainerNameInput;
import io.mediaplane.mediastore.ContainerShapes.EmptyOutput;
import io.mediaplane.protocol.RequestContext;

/** StartAccessLogging and StopAccessLogging: the container's AccessLoggingEnabled flag. */
final class AccessLoggingOperations {
    private final Containers containers;

    AccessLoggingOperations(Containers containers) {
        this.containers = containers;
    }

    EmptyOutput startAccessLogging(RequestContext context, ContainerNameInput input) {
        containers.updateActive(context, input.containerName(), c -> c.withAccessLogging(true));
        return new EmptyOutput();
    }

    EmptyOutput stopAccessLogging(RequestContext context, ContainerNameInput input) {
        containers.updateActive(context, input.containerName(), c -> c.withAccessLogging(false));
        return new EmptyOutput();
    }
}
