package io.mediaplane.auth;
import java.util.*;
public final class CredentialStore {
  public static final String DEFAULT_ACCOUNT = "000000000000";
  private final Map<String, Credential> m = new HashMap<>();
  public static CredentialStore defaults() { return of(List.of()); }
  public static CredentialStore load(java.nio.file.Path file) throws java.io.IOException { return defaults(); }
  public static CredentialStore of(List<Credential> extra) { CredentialStore s = new CredentialStore(); s.m.put("test", new Credential("test","test",DEFAULT_ACCOUNT)); for (Credential c: extra) s.m.put(c.accessKeyId(), c); return s; }
  public Optional<Credential> find(String k) { return Optional.ofNullable(m.get(k)); }
}
