package io.mediaplane.mediastore.data.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mediaplane.mediastore.PolicyShapes.CorsRule;
import io.mediaplane.mediastore.PolicyShapes.MethodName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {
    private static final CorsRule PLAYER = new CorsRule(
            List.of("http://*.example.com"),
            List.of(MethodName.GET, MethodName.HEAD),
            List.of("range", "x-amz-*"),
            3000,
            List.of("Content-Range", "ETag"));
    private static final CorsRule UPLOADER = new CorsRule(
            List.of("https://upload.example.org"),
            List.of(MethodName.PUT, MethodName.DELETE),
            List.of("*"),
            null,
            null);
    private static final CorsRule ANYONE_HEAD =
            new CorsRule(List.of("*"), List.of(MethodName.HEAD), List.of(), null, List.of());

    private static final CorsPolicy POLICY = CorsPolicy.of(List.of(PLAYER, UPLOADER, ANYONE_HEAD));

    private static Map<String, String> allowed(Preflight p) {
        return assertInstanceOf(Preflight.Allowed.class, p).headers();
    }

    private static void assertRejected(Preflight p, int status, String code, String messageStart) {
        Preflight.Rejected r = assertInstanceOf(Preflight.Rejected.class, p);
        assertEquals(status, r.status());
        assertEquals(code, r.errorCode());
        assertEquals(messageStart, r.message().substring(0, messageStart.length()));
    }

    @Test
    void preflightAllowedByWildcardOriginEchoesOnlyRequestedHeaders() {
        Map<String, String> h = allowed(POLICY.preflight("http://player.example.com", "GET", "Range, X-Amz-Date"));
        assertEquals(
                Map.of(
                        "Access-Control-Allow-Origin", "http://player.example.com",
                        "Access-Control-Allow-Credentials", "true",
                        "Access-Control-Allow-Methods", "GET, HEAD",
                        "Access-Control-Allow-Headers", "range, x-amz-date",
                        "Access-Control-Expose-Headers", "Content-Range, ETag",
                        "Access-Control-Max-Age", "3000",
                        "Vary", CorsPolicy.PREFLIGHT_VARY),
                h);
    }

    @Test
    void preflightWithoutRequestedHeadersSendsNoAllowHeadersAndNoMaxAgeWhenUnset() {
        Map<String, String> h = allowed(POLICY.preflight("https://upload.example.org", "PUT", null));
        assertEquals(
                Map.of(
                        "Access-Control-Allow-Origin", "https://upload.example.org",
                        "Access-Control-Allow-Credentials", "true",
                        "Access-Control-Allow-Methods", "PUT, DELETE",
                        "Vary", CorsPolicy.PREFLIGHT_VARY),
                h);
    }

    @Test
    void theOriginWildcardDoesNotCrossSchemeOrPort() {
        assertRejected(
                POLICY.preflight("https://player.example.com", "GET", null),
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed.");
        assertRejected(
                POLICY.preflight("http://player.example.com:8080", "GET", null),
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed.");
        assertRejected(
                POLICY.preflight("http://example.com", "GET", null),
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed.");
    }

    @Test
    void originsCompareCaseInsensitively() {
        assertEquals(
                "HTTP://Player.Example.com",
                allowed(POLICY.preflight("HTTP://Player.Example.com", "HEAD", null))
                        .get("Access-Control-Allow-Origin"));
    }

    @Test
    void theMethodMustBeInTheSameRuleAsTheOrigin() {
        // The player's origin may not PUT; the uploader rule allows PUT but not that origin; the last rule only HEAD.
        assertRejected(
                POLICY.preflight("http://player.example.com", "PUT", null),
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed.");
        assertRejected(
                POLICY.preflight("http://player.example.com", "get", null),
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed.");
        assertRejected(
                POLICY.preflight("http://player.example.com", "POST", null),
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed.");
    }

    @Test
    void everyRequestedHeaderMustBeCovered() {
        assertRejected(
                POLICY.preflight("http://player.example.com", "GET", "range, authorization"),
                403,
                "AccessForbidden",
                "CORSResponse: This CORS request is not allowed.");
        assertEquals(
                "authorization, content-type, x-anything",
                allowed(POLICY.preflight(
                                "https://upload.example.org", "DELETE", "Authorization,Content-Type , X-Anything"))
                        .get("Access-Control-Allow-Headers"));
    }

    @Test
    void theFirstMatchingRuleWins() {
        CorsRule first = new CorsRule(List.of("*"), List.of(MethodName.GET), List.of("*"), 10, List.of("ETag"));
        CorsRule second = new CorsRule(
                List.of("http://a.test"), List.of(MethodName.GET), List.of("*"), 99, List.of("Content-Length"));
        Map<String, String> h = allowed(CorsPolicy.of(List.of(first, second)).preflight("http://a.test", "GET", ""));
        assertEquals("*", h.get("Access-Control-Allow-Origin"));
        assertEquals(null, h.get("Access-Control-Allow-Credentials"));
        assertEquals("10", h.get("Access-Control-Max-Age"));
        assertEquals("ETag", h.get("Access-Control-Expose-Headers"));
        // In the other order the specific rule answers.
        h = allowed(CorsPolicy.of(List.of(second, first)).preflight("http://a.test", "GET", ""));
        assertEquals("http://a.test", h.get("Access-Control-Allow-Origin"));
        assertEquals("99", h.get("Access-Control-Max-Age"));
    }

    @Test
    void incompletePreflightsAreBadRequests() {
        assertRejected(
                POLICY.preflight(null, "GET", null),
                400,
                "BadRequest",
                "Insufficient information. Origin request header needed.");
        assertRejected(
                POLICY.preflight("http://a.example.com", null, null),
                400,
                "BadRequest",
                "Insufficient information. Access-Control-Request-Method request header needed.");
    }

    @Test
    void aContainerWithoutCorsPolicyRejectsPreflightsAndAddsNothing() {
        CorsPolicy none = CorsPolicy.of(null);
        assertRejected(
                none.preflight("http://a.example.com", "GET", null),
                403,
                "AccessForbidden",
                "CORSResponse: CORS is not enabled for this container.");
        assertEquals(Map.of(), none.responseHeaders("http://a.example.com", "GET"));
    }

    @Test
    void actualResponsesGetOriginAndExposeHeadersOfTheMatchingRule() {
        assertEquals(
                Map.of(
                        "Access-Control-Allow-Origin", "http://cdn.example.com",
                        "Access-Control-Allow-Credentials", "true",
                        "Access-Control-Expose-Headers", "Content-Range, ETag",
                        "Vary", "Origin"),
                POLICY.responseHeaders("http://cdn.example.com", "GET"));
        assertEquals(
                Map.of("Access-Control-Allow-Origin", "*", "Vary", "Origin"),
                POLICY.responseHeaders("http://elsewhere.test", "HEAD"));
    }

    @Test
    void actualResponsesGetNoCorsHeadersWhenNoRuleMatchesOrNoOrigin() {
        assertEquals(Map.of("Vary", "Origin"), POLICY.responseHeaders("http://elsewhere.test", "GET"));
        assertEquals(Map.of("Vary", "Origin"), POLICY.responseHeaders("http://cdn.example.com", "DELETE"));
        assertEquals(Map.of("Vary", "Origin"), POLICY.responseHeaders(null, "GET"));
    }
}
