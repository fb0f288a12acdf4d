package io.mediaplane.mediastore.policy;
public final class LifecyclePolicyException extends RuntimeException { public LifecyclePolicyException(String m) { super(m); } }
