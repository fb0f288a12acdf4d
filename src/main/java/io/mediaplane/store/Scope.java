package io.mediaplane.store;

/** The account and region that own a resource. Nothing is visible across scopes. */
public record Scope(String accountId, String region) {}
