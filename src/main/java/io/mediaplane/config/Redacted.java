package io.mediaplane.config;

/**
 * A configuration value that must never be printed (a key): its {@code toString} hides it, so
 * logging a {@link Config} cannot leak it.
 */
public record Redacted(String value) {
    @Override
    public String toString() {
        return "(redacted)";
    }
}
