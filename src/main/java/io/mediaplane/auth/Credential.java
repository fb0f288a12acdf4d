package io.mediaplane.auth;
public record Credential(String accessKeyId, String secretAccessKey, String accountId) {}
