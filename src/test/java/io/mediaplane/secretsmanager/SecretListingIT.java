package io.mediaplane.secretsmanager;

import static io.mediaplane.secretsmanager.SecretsManagerErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsRequest;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * ListSecrets: AWS's filters (prefix matches, case rules, negation, the {@code all} search), sorting,
 * paging with NextToken, planned deletions, and its errors. The secrets live in a region of their own
 * so the test knows every one of them.
 */
class SecretListingIT {
    private static final String REGION = "ap-south-2";

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static SecretsManagerClient sm;

    @BeforeAll
    static void sixSecrets() {
        sm = Clients.secretsManager(server.endpoint(), "test", "test", REGION);
        create("prod/DatabaseSecret", "Primary Postgres", tag("team", "video"), tag("env", "prod"));
        create("prod/api-key", "Partner API key", tag("team", "ads"));
        create("dev/DatabaseSecret", "primary postgres for dev", tag("env", "dev"));
        create("dev/cdn-token", null, tag("Team", "Video"));
        create("MyData", "misc");
        create("databaseSecret", "lower case", tag("env", "prod"));
    }

    private static void create(String name, String description, Tag... tags) {
        sm.createSecret(
                r -> r.name(name).description(description).secretString("v").tags(tags));
        server.testServer().clock().advance(Duration.ofSeconds(1)); // distinct creation dates
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static List<String> names(Consumer<ListSecretsRequest.Builder> request) {
        return sm.listSecrets(request).secretList().stream()
                .map(SecretListEntry::name)
                .toList();
    }

    private static List<String> filtered(String key, String... values) {
        return names(r -> r.filters(f -> f.key(key).values(values)));
    }

    @Test
    void theFiltersMatchAsAwsDocumentsThem() {
        assertEquals(List.of("prod/DatabaseSecret", "prod/api-key"), filtered("name", "prod/"));
        assertEquals(List.of("prod/DatabaseSecret", "dev/DatabaseSecret"), filtered("name", "prod/D", "dev/D"));
        assertEquals(List.of(), filtered("name", "Prod/"), "name: case-sensitive");
        assertEquals(
                List.of("prod/DatabaseSecret", "dev/DatabaseSecret"),
                filtered("description", "PRIMARY"),
                "description: a prefix, not case-sensitive");
        assertEquals(List.of(), filtered("description", "postgres"), "description: a prefix, not a word inside");
        assertEquals(List.of("prod/DatabaseSecret", "prod/api-key"), filtered("tag-key", "te"));
        assertEquals(List.of("dev/cdn-token"), filtered("tag-key", "Te"), "tag-key: case-sensitive");
        assertEquals(List.of("prod/DatabaseSecret", "databaseSecret"), filtered("tag-value", "prod"));
        assertEquals(
                List.of("prod/api-key", "dev/DatabaseSecret", "dev/cdn-token", "MyData", "databaseSecret"),
                filtered("name", "!prod/D"),
                "! negates");
        assertEquals(List.of("prod/api-key", "dev/cdn-token", "MyData"), filtered("tag-key", "!env"));
        assertEquals(
                List.of("dev/cdn-token", "MyData"),
                names(r -> r.filters(
                        f -> f.key("tag-key").values("!env"),
                        f -> f.key("tag-key").values("!team"))));
        assertEquals(
                List.of("prod/api-key", "dev/DatabaseSecret", "dev/cdn-token", "MyData", "databaseSecret"),
                filtered("tag-key", "!env", "!team"),
                "the values of one filter are alternatives");
        assertEquals(
                List.of("prod/DatabaseSecret", "dev/DatabaseSecret", "MyData", "databaseSecret"),
                filtered("all", "data"),
                "all: a word prefix anywhere, any case");
        assertEquals(List.of("prod/api-key", "dev/cdn-token"), filtered("all", "partner", "token"));
        assertEquals(
                List.of("prod/DatabaseSecret"),
                names(r -> r.filters(
                        f -> f.key("name").values("prod/"),
                        f -> f.key("tag-value").values("video"))),
                "separate filters must all match");
        assertEquals(List.of(), filtered("primary-region", "us-east-1"), "no secret here is replicated");
        assertEquals(6, filtered("owning-service", "!x").size());
    }

    @Test
    void sortedByCreationUnlessAskedOtherwise() {
        List<String> created = List.of(
                "prod/DatabaseSecret",
                "prod/api-key",
                "dev/DatabaseSecret",
                "dev/cdn-token",
                "MyData",
                "databaseSecret");
        assertEquals(created, names(r -> {}));
        assertEquals(created.reversed(), names(r -> r.sortOrder("desc")));
        // SortBy (name, last-changed-date, ...) is newer than this SDK: compat/ checks it with boto3
    }

    @Test
    void pagesNeverRepeatOrSkipASecret() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            ListSecretsResponse page =
                    sm.listSecrets(r -> r.maxResults(4).nextToken(t).sortOrder("desc"));
            page.secretList().forEach(e -> seen.add(e.name()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(2, pages);
        assertEquals(names(r -> r.sortOrder("desc")), seen);
        List<String> viaPaginator = new ArrayList<>();
        sm.listSecretsPaginator(r -> r.maxResults(1)).stream()
                .flatMap(p -> p.secretList().stream())
                .forEach(e -> viaPaginator.add(e.name()));
        assertEquals(names(r -> {}), viaPaginator, "the SDK's paginator follows NextToken");

        String first = sm.listSecrets(r -> r.maxResults(2)).nextToken();
        assertNotNull(first);
        expect(
                "InvalidNextTokenException",
                () -> sm.listSecrets(r -> r.maxResults(2).nextToken("bm90IGEgdG9rZW4=")));
        // a token belongs to its own query, account and region
        expect(
                "InvalidNextTokenException",
                () -> sm.listSecrets(r -> r.maxResults(2).nextToken(first).sortOrder("desc")));
        expect(
                "InvalidNextTokenException",
                () -> Clients.secretsManager(server.endpoint(), "test", "test", "us-east-1")
                        .listSecrets(r -> r.nextToken(first)));
    }

    @Test
    void entriesCarryTheDetailsButNoValue() {
        SecretListEntry e = sm.listSecrets(r -> r.filters(f -> f.key("name").values("prod/Data")))
                .secretList()
                .getFirst();
        assertTrue(
                e.arn().startsWith("arn:aws:secretsmanager:" + REGION + ":000000000000:secret:prod/DatabaseSecret-"));
        assertEquals("Primary Postgres", e.description());
        assertEquals(List.of(tag("team", "video"), tag("env", "prod")), e.tags());
        assertEquals(1, e.secretVersionsToStages().size());
        assertEquals(
                List.of("AWSCURRENT"),
                e.secretVersionsToStages().values().iterator().next());
        assertNotNull(e.createdDate());
        assertNotNull(e.lastChangedDate());
        assertNull(e.deletedDate());
    }

    @Test
    void plannedDeletionsOnlyWhenAskedFor() {
        String name = "to-be-deleted";
        sm.createSecret(r -> r.name(name));
        sm.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));
        assertEquals(List.of(), filtered("name", name));
        List<SecretListEntry> planned = sm.listSecrets(r -> r.includePlannedDeletion(true)
                        .filters(f -> f.key("name").values(name)))
                .secretList();
        assertEquals(1, planned.size());
        assertNotNull(planned.getFirst().deletedDate());
        sm.deleteSecret(r -> r.secretId(name).forceDeleteWithoutRecovery(true));
    }

    @Test
    void badListRequests() {
        expect("ValidationException", () -> sm.listSecrets(r -> r.maxResults(101)));
        expect("ValidationException", () -> sm.listSecrets(r -> r.maxResults(0)));
        expect(
                "ValidationException",
                () -> sm.listSecrets(r -> r.filters(f -> f.key("colour").values("red"))));
        expect("ValidationException", () -> sm.listSecrets(r -> r.sortOrder("sideways")));
        expect(
                "ValidationException",
                () -> sm.listSecrets(r -> r.filters(f -> f.key("name").values("a*b"))));
        expect(
                "ValidationException",
                () -> sm.listSecrets(r -> r.filters(f -> f.key("name").values())));
        expect("InvalidParameterException", () -> sm.listSecrets(r -> r.filters(f -> f.values("x"))));
    }
}
