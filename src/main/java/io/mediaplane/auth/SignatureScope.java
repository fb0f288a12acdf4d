package io.mediaplane.auth;
public record SignatureScope(String accessKeyId, String date, String region, String service) {
  public static java.util.Optional<SignatureScope> of(SignedRequest r) {
    var h = r.headerValues("Authorization"); if (h.isEmpty()) return java.util.Optional.empty();
    String a = h.get(0); int i = a.indexOf("Credential="); String c = a.substring(i+11, a.indexOf(',', i)); String[] p = c.split("/");
    return java.util.Optional.of(new SignatureScope(p[0], p[1], p[2], p[3]));
  }
}
