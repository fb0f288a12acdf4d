package io.mediaplane.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.config.Quotas;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.RawSigV4;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastore.model.LimitExceededException;

/**
 * One account at its container quota (100 per account and region, AWS's default) cannot get past it
 * by spraying CreateContainer over regions AWS does not have; AWS's other regions have quotas of
 * their own, as on AWS.
 */
class QuotaSecurityIT {
    private static final String SMALL_KEY = "AKIDQUOTASMALLMS0001";

    @RegisterExtension
    static final LiveServer server = LiveServer.create()
            .withAccount(SMALL_KEY, "small-secret", "444455556666")
            .withConfig(c -> c.withQuotas(
                    Quotas.parse("{\"accounts\": {\"444455556666\": {\"mediastore\": {\"containers\": 2}}}}")));

    private static HttpResponse<String> create(String region, String name) throws Exception {
        return RawSigV4.mediaStore(server.endpoint(), "CreateContainer", "{\"ContainerName\":\"" + name + "\"}")
                .scope(region, "mediastore")
                .send();
    }

    @Test
    void theContainerQuotaHoldsAgainstARegionSpray() throws Exception {
        MediaStoreClient ms = server.mediaStore();
        for (int i = 0; i < 100; i++) {
            int n = i;
            ms.createContainer(r -> r.containerName("q" + n));
        }
        HttpResponse<String> over = create("us-east-1", "q100");
        assertEquals(400, over.statusCode(), over.body());
        assertEquals(
                "LimitExceededException",
                over.headers().firstValue("x-amzn-ErrorType").orElse(null));
        int sprayed = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = create("spray" + i + "-east-1", "q100");
            assertTrue(r.statusCode() == 403, r.body());
            sprayed += r.statusCode() == 200 ? 1 : 0;
        }
        assertEquals(0, sprayed);
        assertEquals(200, create("eu-west-1", "q100").statusCode(), "AWS's regions each have their own quota");
    }

    @Test
    void theQuotasFileChangesOneAccountsContainerLimit() {
        MediaStoreClient small = server.mediaStore(SMALL_KEY);
        small.createContainer(r -> r.containerName("small1"));
        small.createContainer(r -> r.containerName("small2"));
        LimitExceededException e =
                assertThrows(LimitExceededException.class, () -> small.createContainer(r -> r.containerName("small3")));
        assertEquals(400, e.statusCode());
        assertTrue(e.getMessage().contains("2 containers"), e.getMessage());
        assertTrue(!e.getMessage().contains("444455556666"), "the message names no account: " + e.getMessage());
    }
}
