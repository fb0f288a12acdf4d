package io.mediaplane.auth.policy;
public final class PolicyDocument { public static PolicyDocument parse(String json) { try { new com.fasterxml.jackson.databind.ObjectMapper().readTree(json); } catch (Exception e) { throw new PolicyException("bad json"); } return new PolicyDocument(); } }
