package io.mediaplane.auth.policy;
public final class PolicyException extends RuntimeException { public PolicyException(String m) { super(m); } }
