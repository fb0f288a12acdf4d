package io.mediaplane.auth;
public interface SignedRequest { String method(); String rawPath(); String rawQuery(); java.util.List<String> headerValues(String name); }
