package io.mediaplane.store;

/** A resource found by its alias, with the scope that owns it. */
public record Aliased<T>(Scope scope, Stored<T> stored) {}
