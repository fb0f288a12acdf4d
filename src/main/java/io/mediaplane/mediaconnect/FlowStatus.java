package io.mediaplane.mediaconnect;

/** The model's flow Status values. */
enum FlowStatus {
    STANDBY,
    ACTIVE,
    UPDATING,
    DELETING,
    STARTING,
    STOPPING,
    ERROR
}
