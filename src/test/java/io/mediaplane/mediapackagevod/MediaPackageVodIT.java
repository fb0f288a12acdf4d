package io.mediaplane.mediapackagevod;

import static io.mediaplane.mediapackagevod.VodFixtures.ROLE_ARN;
import static io.mediaplane.mediapackagevod.VodFixtures.SOURCE_ARN;
import static io.mediaplane.mediapackagevod.VodFixtures.asset;
import static io.mediaplane.mediapackagevod.VodFixtures.dash;
import static io.mediaplane.mediapackagevod.VodFixtures.group;
import static io.mediaplane.mediapackagevod.VodFixtures.hls;
import static io.mediaplane.mediapackagevod.VodFixtures.hlsConfiguration;
import static io.mediaplane.mediapackagevod.VodFixtures.notFound;
import static io.mediaplane.mediapackagevod.VodFixtures.unprocessable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediapackagevod.MediaPackageVodClient;
import software.amazon.awssdk.services.mediapackagevod.model.AssetShallow;
import software.amazon.awssdk.services.mediapackagevod.model.Authorization;
import software.amazon.awssdk.services.mediapackagevod.model.EgressEndpoint;
import software.amazon.awssdk.services.mediapackagevod.model.ListPackagingGroupsResponse;
import software.amazon.awssdk.services.mediapackagevod.model.MssManifest;
import software.amazon.awssdk.services.mediapackagevod.model.MssPackage;
import software.amazon.awssdk.services.mediapackagevod.model.PackagingConfiguration;
import software.amazon.awssdk.services.mediapackagevod.model.PackagingGroup;

/** The 17 MediaPackage VOD operations with the AWS SDK for Java v2 against the real server (one server per test). */
class MediaPackageVodIT {
    static final String ARN = "arn:aws:mediapackage-vod:us-east-1:000000000000:";

    @RegisterExtension
    final LiveServer server = LiveServer.create().withAccount("AKIDOTHER", "other-secret", "111122223333");

    MediaPackageVodClient vod() {
        return server.mediaPackageVod();
    }

    @Test
    void packagingGroupIsCreatedDescribedUpdatedLoggedAndDeleted() {
        var created = vod().createPackagingGroup(
                        r -> r.id("movies").tags(Map.of("team", "vod")).egressAccessLogs(l -> {}));
        assertEquals(ARN + "packaging-groups/movies", created.arn());
        assertEquals(server.endpoint().toString().replaceAll("/$", ""), created.domainName());
        assertEquals(
                "/aws/MediaPackage/VodEgressAccessLogs",
                created.egressAccessLogs().logGroupName());
        assertNotNull(Instant.parse(created.createdAt()));
        assertEquals(Map.of("team", "vod"), created.tags());

        var described = vod().describePackagingGroup(r -> r.id("movies"));
        assertEquals(0, described.approximateAssetCount());
        assertEquals(created.createdAt(), described.createdAt());
        assertNull(described.authorization());

        Authorization auth = Authorization.builder()
                .cdnIdentifierSecret("arn:aws:secretsmanager:us-east-1:000000000000:secret:cdn-AbCdEf")
                .secretsRoleArn(ROLE_ARN)
                .build();
        assertEquals(
                auth,
                vod().updatePackagingGroup(r -> r.id("movies").authorization(auth))
                        .authorization());
        var logged = vod().configureLogs(
                        r -> r.id("movies").egressAccessLogs(l -> l.logGroupName("/aws/MediaPackage/mine")));
        assertEquals("/aws/MediaPackage/mine", logged.egressAccessLogs().logGroupName());
        assertEquals(auth, logged.authorization());
        assertNull(vod().configureLogs(r -> r.id("movies")).egressAccessLogs());

        unprocessable(() -> group(vod(), "movies"));
        vod().deletePackagingGroup(r -> r.id("movies"));
        notFound(() -> vod().describePackagingGroup(r -> r.id("movies")));
        notFound(() -> vod().deletePackagingGroup(r -> r.id("movies")));
        notFound(() -> vod().updatePackagingGroup(r -> r.id("movies")));
        notFound(() -> vod().configureLogs(r -> r.id("movies")));
    }

    @Test
    void listsPageWithMaxResultsAndNextToken() {
        for (String id : List.of("a", "b", "c", "d", "e")) {
            group(vod(), id);
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            ListPackagingGroupsResponse page =
                    vod().listPackagingGroups(r -> r.maxResults(2).nextToken(next));
            page.packagingGroups().stream().map(PackagingGroup::id).forEach(seen::add);
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(List.of("a", "b", "c", "d", "e"), seen);
        assertEquals(3, pages);
        assertEquals(
                5,
                vod().listPackagingGroupsPaginator(r -> r.maxResults(1)).packagingGroups().stream()
                        .count());
        unprocessable(() -> vod().listPackagingGroups(r -> r.nextToken("not-a-token")));
        unprocessable(() -> vod().listPackagingGroups(r -> r.maxResults(0)));
    }

    @Test
    void configurationsAndAssetsBelongToAGroupAndKeepItFromBeingDeleted() {
        group(vod(), "g1");
        group(vod(), "g2");
        var hls = vod().createPackagingConfiguration(
                        r -> r.id("hls").packagingGroupId("g1").hlsPackage(hls()));
        assertEquals(ARN + "packaging-configurations/hls", hls.arn());
        assertEquals(hls(), hls.hlsPackage());
        assertEquals(
                dash(),
                vod().createPackagingConfiguration(
                                r -> r.id("dash").packagingGroupId("g1").dashPackage(dash()))
                        .dashPackage());
        hlsConfiguration(vod(), "g2", "other");
        unprocessable(() -> hlsConfiguration(vod(), "g2", "hls"));
        notFound(() -> hlsConfiguration(vod(), "nope", "x"));
        assertEquals(
                List.of("dash", "hls"),
                vod().listPackagingConfigurations(r -> r.packagingGroupId("g1")).packagingConfigurations().stream()
                        .map(PackagingConfiguration::id)
                        .toList());
        assertEquals(
                3,
                vod().listPackagingConfigurations(r -> {})
                        .packagingConfigurations()
                        .size());
        assertEquals(
                hls.createdAt(),
                vod().describePackagingConfiguration(r -> r.id("hls")).createdAt());

        var asset = vod().createAsset(r -> r.id("movie-1")
                .packagingGroupId("g1")
                .sourceArn(SOURCE_ARN)
                .sourceRoleArn(ROLE_ARN)
                .resourceId("r1"));
        assertEquals(ARN + "assets/movie-1", asset.arn());
        assertEquals(SOURCE_ARN, asset.sourceArn());
        assertEquals(ROLE_ARN, asset.sourceRoleArn());
        assertEquals("r1", asset.resourceId());
        List<EgressEndpoint> endpoints = asset.egressEndpoints();
        assertEquals(
                List.of("dash", "hls"),
                endpoints.stream().map(EgressEndpoint::packagingConfigurationId).toList());
        String domain = vod().describePackagingGroup(r -> r.id("g1")).domainName();
        for (EgressEndpoint e : endpoints) {
            assertEquals("QUEUED", e.status(), "nothing packages assets yet: no endpoint may claim PLAYABLE");
            assertTrue(e.url().startsWith(domain + "/out/v1/"), e.url());
        }
        assertTrue(
                endpoints.get(0).url().endsWith("/movie-1/dash/index.mpd"),
                endpoints.get(0).url());
        assertTrue(
                endpoints.get(1).url().endsWith("/movie-1/hls/main.m3u8"),
                endpoints.get(1).url());
        unprocessable(() -> asset(vod(), "g2", "movie-1"));
        notFound(() -> asset(vod(), "nope", "movie-2"));
        asset(vod(), "g2", "movie-2");

        vod().createPackagingConfiguration(r -> r.id("mss")
                .packagingGroupId("g1")
                .mssPackage(MssPackage.builder()
                        .mssManifests(MssManifest.builder().build())
                        .build()));
        var later = vod().describeAsset(r -> r.id("movie-1")).egressEndpoints();
        assertEquals(3, later.size(), "a configuration added to the group serves existing assets");
        assertTrue(
                later.get(2).url().endsWith("/mss/index.ism/Manifest"),
                later.get(2).url());

        assertEquals(
                List.of("movie-1"),
                vod().listAssets(r -> r.packagingGroupId("g1")).assets().stream()
                        .map(AssetShallow::id)
                        .toList());
        assertEquals(2, vod().listAssets(r -> {}).assets().size());
        assertEquals(1, vod().describePackagingGroup(r -> r.id("g1")).approximateAssetCount());

        String refused = unprocessable(() -> vod().deletePackagingGroup(r -> r.id("g1")));
        assertTrue(refused.contains("3 packaging configuration(s) and 1 asset(s)"), refused);
        vod().deleteAsset(r -> r.id("movie-1"));
        notFound(() -> vod().describeAsset(r -> r.id("movie-1")));
        notFound(() -> vod().deleteAsset(r -> r.id("movie-1")));
        unprocessable(() -> vod().deletePackagingGroup(r -> r.id("g1")));
        for (String id : List.of("hls", "dash", "mss")) {
            vod().deletePackagingConfiguration(r -> r.id(id));
        }
        notFound(() -> vod().describePackagingConfiguration(r -> r.id("hls")));
        notFound(() -> vod().deletePackagingConfiguration(r -> r.id("hls")));
        vod().deletePackagingGroup(r -> r.id("g1"));
    }

    @Test
    void tagsOnGroupsConfigurationsAndAssets() {
        group(vod(), "g");
        hlsConfiguration(vod(), "g", "c");
        asset(vod(), "g", "a");
        for (String arn : List.of(ARN + "packaging-groups/g", ARN + "packaging-configurations/c", ARN + "assets/a")) {
            vod().tagResource(r -> r.resourceArn(arn).tags(Map.of("k1", "v1", "k2", "v2")));
            vod().untagResource(r -> r.resourceArn(arn).tagKeys("k1"));
            assertEquals(
                    Map.of("k2", "v2"),
                    vod().listTagsForResource(r -> r.resourceArn(arn)).tags());
        }
        assertEquals(Map.of("k2", "v2"), vod().describeAsset(r -> r.id("a")).tags());
        notFound(() -> vod().listTagsForResource(r -> r.resourceArn(ARN + "assets/missing")));
        notFound(() -> vod().tagResource(
                        r -> r.resourceArn(ARN + "packaging-groups/missing").tags(Map.of("k", "v"))));
        unprocessable(() -> vod().listTagsForResource(r -> r.resourceArn("arn:aws:mediaconnect:us-east-1:1:flow:x")));
        unprocessable(
                () -> vod().tagResource(r -> r.resourceArn(ARN + "assets/a").tags(Map.of("bad*key", "v"))));
    }

    @Test
    void anotherAccountSeesNothingOfOurs() {
        group(vod(), "private");
        MediaPackageVodClient other = server.mediaPackageVod("AKIDOTHER");
        notFound(() -> other.describePackagingGroup(r -> r.id("private")));
        notFound(() -> other.listTagsForResource(r -> r.resourceArn(ARN + "packaging-groups/private")));
        assertTrue(other.listPackagingGroups(r -> {}).packagingGroups().isEmpty());
        group(other, "private");
        assertEquals(
                "arn:aws:mediapackage-vod:us-east-1:111122223333:packaging-groups/private",
                other.describePackagingGroup(r -> r.id("private")).arn());
    }

    @Test
    void everythingSurvivesARestart() throws Exception {
        vod().createPackagingGroup(r -> r.id("kept").egressAccessLogs(l -> {}));
        hlsConfiguration(vod(), "kept", "c");
        asset(vod(), "kept", "a");
        vod().tagResource(r -> r.resourceArn(ARN + "assets/a").tags(Map.of("k", "v")));
        var before = vod().describeAsset(r -> r.id("a"));
        server.testServer().restart();
        try (MediaPackageVodClient again = Clients.mediaPackageVod(server.endpoint())) {
            var group = again.describePackagingGroup(r -> r.id("kept"));
            assertEquals(1, group.approximateAssetCount());
            assertEquals(
                    "/aws/MediaPackage/VodEgressAccessLogs",
                    group.egressAccessLogs().logGroupName());
            assertEquals(
                    hls(), again.describePackagingConfiguration(r -> r.id("c")).hlsPackage());
            var after = again.describeAsset(r -> r.id("a"));
            assertEquals(before.createdAt(), after.createdAt());
            assertEquals(
                    before.egressEndpoints().size(), after.egressEndpoints().size());
            assertEquals(Map.of("k", "v"), after.tags());
        }
    }
}
