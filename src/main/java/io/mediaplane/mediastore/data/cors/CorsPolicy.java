package io.mediaplane.mediastore.data.cors;

import io.mediaplane.aws.Wildcard;
import io.mediaplane.mediastore.PolicyShapes.CorsRule;
import io.mediaplane.mediastore.PolicyShapes.MethodName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A container's CORS rules applied to requests, as MediaStore (and S3, whose model it follows) applies them: the
 * first rule whose AllowedOrigins match the Origin (one {@code *} wildcard each), whose AllowedMethods contain the
 * method (or a preflight's Access-Control-Request-Method), and, for a preflight, whose AllowedHeaders cover every
 * Access-Control-Request-Headers entry, decides. Origins and header names compare case-insensitively; methods
 * exactly. A request without Origin is not a CORS request and gets no CORS headers.
 */
public final class CorsPolicy {
    static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Headers, Access-Control-Request-Method";

    private final List<CorsRule> rules;

    private CorsPolicy(List<CorsRule> rules) {
        this.rules = rules;
    }

    /** The policy of a container; {@code rules} null means the container has no CORS policy. */
    public static CorsPolicy of(List<CorsRule> rules) {
        return new CorsPolicy(rules);
    }

    /**
     * Answers a preflight.
     *
     * @param origin the Origin header, or null
     * @param requestMethod the Access-Control-Request-Method header, or null
     * @param requestHeaders the Access-Control-Request-Headers header (comma-separated), or null
     */
    public Preflight preflight(String origin, String requestMethod, String requestHeaders) {
        if (origin == null || origin.isBlank()) {
            return new Preflight.Rejected(400, "BadRequest", "Insufficient information. Origin request header needed.");
        }
        if (requestMethod == null || requestMethod.isBlank()) {
            return new Preflight.Rejected(
                    400,
                    "BadRequest",
                    "Insufficient information. Access-Control-Request-Method request header needed.");
        }
        if (rules == null) {
            return new Preflight.Rejected(
                    403, "AccessForbidden", "CORSResponse: CORS is not enabled for this container.");
        }
        List<String> headers = headerList(requestHeaders);
        for (CorsRule rule : rules) {
            String allowedOrigin = matchingOrigin(rule, origin);
            if (allowedOrigin != null && allowsMethod(rule, requestMethod) && allowsHeaders(rule, headers)) {
                Map<String, String> out = originHeaders(allowedOrigin, origin);
                out.put(
                        "Access-Control-Allow-Methods",
                        join(rule.allowedMethods().stream().map(Enum::name).toList()));
                if (!headers.isEmpty()) {
                    out.put("Access-Control-Allow-Headers", join(headers));
                }
                exposeHeaders(rule, out);
                if (rule.maxAgeSeconds() != null) {
                    out.put("Access-Control-Max-Age", rule.maxAgeSeconds().toString());
                }
                out.put("Vary", PREFLIGHT_VARY);
                return new Preflight.Allowed(out);
            }
        }
        return new Preflight.Rejected(
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed. The"
                        + " Origin, Access-Control-Request-Method or Access-Control-Request-Headers are not allowed by any rule"
                        + " of the container's CORS policy.");
    }

    /**
     * The headers to add to the response of an actual (non-preflight) request: Access-Control-Allow-Origin,
     * Access-Control-Allow-Credentials (unless the rule allows every origin), Access-Control-Expose-Headers of the
     * first matching rule. No Access-Control-* header when no rule matches or there is no Origin. A container with a
     * CORS policy always adds {@code Vary: Origin}, so caches keep the answers for different origins apart.
     */
    public Map<String, String> responseHeaders(String origin, String method) {
        if (rules == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (origin != null && !origin.isBlank()) {
            for (CorsRule rule : rules) {
                String allowedOrigin = matchingOrigin(rule, origin);
                if (allowedOrigin != null && allowsMethod(rule, method)) {
                    out.putAll(originHeaders(allowedOrigin, origin));
                    exposeHeaders(rule, out);
                    break;
                }
            }
        }
        out.put("Vary", "Origin");
        return out;
    }

    private static Map<String, String> originHeaders(String allowedOrigin, String origin) {
        Map<String, String> out = new LinkedHashMap<>();
        if (allowedOrigin.equals("*")) {
            out.put("Access-Control-Allow-Origin", "*");
        } else {
            out.put("Access-Control-Allow-Origin", origin);
            out.put("Access-Control-Allow-Credentials", "true");
        }
        return out;
    }

    private static void exposeHeaders(CorsRule rule, Map<String, String> out) {
        if (rule.exposeHeaders() != null && !rule.exposeHeaders().isEmpty()) {
            out.put("Access-Control-Expose-Headers", join(rule.exposeHeaders()));
        }
    }

    /** The first AllowedOrigins entry of the rule matching {@code origin}, or null. */
    private static String matchingOrigin(CorsRule rule, String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        for (String allowed : rule.allowedOrigins()) {
            if (Wildcard.matchesStars(allowed.trim().toLowerCase(Locale.ROOT), o)) {
                return allowed.trim();
            }
        }
        return null;
    }

    private static boolean allowsMethod(CorsRule rule, String method) {
        for (MethodName m : rule.allowedMethods()) {
            if (m.name().equals(method)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowsHeaders(CorsRule rule, List<String> requested) {
        for (String header : requested) {
            boolean covered = false;
            for (String allowed : rule.allowedHeaders()) {
                if (Wildcard.matchesStars(allowed.trim().toLowerCase(Locale.ROOT), header)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** Access-Control-Request-Headers as lower-case names, in order, without empties. */
    static List<String> headerList(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                String name = part.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static String join(List<String> values) {
        return values.stream().map(String::trim).collect(Collectors.joining(", "));
    }
}
