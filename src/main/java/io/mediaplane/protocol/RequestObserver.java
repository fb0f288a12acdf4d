package io.mediaplane.protocol;

/** Told about every API request once it has been answered (metrics). */
@FunctionalInterface
public interface RequestObserver {
    void answered(String service, String operation, int status, long nanos);
}
