package io.mediaplane.store;

/** A resource document as stored, with the version its next update must compare against. */
public record Stored<T>(String name, String arn, long version, T value) {}
