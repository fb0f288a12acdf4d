package io.mediaplane.mediastore.policy;
public final class LifecyclePolicy {
  public static LifecyclePolicy parse(String json) { try { new com.fasterxml.jackson.databind.ObjectMapper().readTree(json); } catch (Exception e) { throw new LifecyclePolicyException("bad json"); } return new LifecyclePolicy(); }
}
