package io.mediaplane.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.LiveServer;
import io.mediaplane.support.RawSigV4;
import io.mediaplane.support.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Regions are AWS's (plus the operator's --regions): invented ones are refused before anything is
 * created, so one account cannot spread past its quota over made-up regions, and the refusal never
 * echoes what was sent unescaped.
 */
class RegionSecurityIT {
    private static final List<String> INVENTED = List.of("fake-1", "*", "..", "x\"y<script>", "r".repeat(3000));

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static HttpResponse<String> create(LiveServer server, String region, String name) throws Exception {
        return create(server.testServer(), region, name);
    }

    private static HttpResponse<String> create(TestServer server, String region, String name) throws Exception {
        return RawSigV4.mediaStore(server.endpoint(), "CreateContainer", "{\"ContainerName\":\"" + name + "\"}")
                .scope(region, "mediastore")
                .send();
    }

    @Test
    void inventedRegionsAreRefusedAndNotEchoed() throws Exception {
        for (String region : INVENTED) {
            HttpResponse<String> r = create(server, region, "spray");
            assertEquals(403, r.statusCode(), region + ": " + r.body());
            assertEquals(
                    "InvalidSignatureException",
                    r.headers().firstValue("x-amzn-ErrorType").orElse(null),
                    r.body());
            assertTrue(r.body().contains("Credential should be scoped to a valid region"), r.body());
            assertTrue(!r.body().contains("<script>") && !r.body().contains("x\\\"y"), r.body());
            assertTrue(r.body().length() < 400, "the message quotes a bounded part of the input: " + r.body());
        }
        var listed = RawSigV4.mediaStore(server.endpoint(), "ListContainers", "{}")
                .scope("fake-1", "mediastore")
                .send();
        assertEquals(403, listed.statusCode(), listed.body());
    }

    @Test
    void theQuotaCannotBeSprayedOverInventedRegions() throws Exception {
        int created = 0;
        for (int i = 0; i < 5; i++) {
            if (create(server, "spray" + i + "-east-1", "c").statusCode() == 200) {
                created++;
            }
        }
        assertEquals(0, created, "no container in a region AWS does not have");
        assertEquals(200, create(server, "eu-west-3", "c").statusCode(), "AWS's regions work");
    }

    @Test
    void operatorsAddTheirOwnRegionsByNameOrPattern() throws Exception {
        try (TestServer server = TestServer.start(c -> c.withRegions(List.of("on-prem-1", "*-lab-1")))) {
            assertEquals(200, create(server, "on-prem-1", "c").statusCode());
            assertEquals(200, create(server, "berlin-lab-1", "c").statusCode());
            assertEquals(403, create(server, "berlin-lab-2", "c").statusCode());
            assertEquals(403, create(server, "-lab-1", "c").statusCode());
        }
    }
}
