package io.mediaplane.auth;
public final class SigV4Verifier {
  private final CredentialStore c;
  public SigV4Verifier(CredentialStore credentials, java.time.Clock clock) { c = credentials; }
  public Caller verify(SignedRequest r, java.util.function.Supplier<String> body) { var s = SignatureScope.of(r).orElseThrow(); var k = c.find(s.accessKeyId()).orElseThrow(() -> new AuthFailure("UnrecognizedClientException", 403, "unknown")); return new Caller(s.accessKeyId(), k.accountId(), s.region(), s.service(), "UNSIGNED-PAYLOAD"); }
}
