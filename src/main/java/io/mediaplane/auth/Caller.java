package io.mediaplane.auth;
public record Caller(String accessKeyId, String accountId, String region, String service, String payloadHash) {}
