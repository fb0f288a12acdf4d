package io.mediaplane.mediatailor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.LiveServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.mediatailor.MediaTailorClient;
import software.amazon.awssdk.services.mediatailor.model.AdConditioningConfiguration;
import software.amazon.awssdk.services.mediatailor.model.AdMarkerPassthrough;
import software.amazon.awssdk.services.mediatailor.model.AvailSuppression;
import software.amazon.awssdk.services.mediatailor.model.BadRequestException;
import software.amazon.awssdk.services.mediatailor.model.Bumper;
import software.amazon.awssdk.services.mediatailor.model.CdnConfiguration;
import software.amazon.awssdk.services.mediatailor.model.DashConfigurationForPut;
import software.amazon.awssdk.services.mediatailor.model.GetPlaybackConfigurationResponse;
import software.amazon.awssdk.services.mediatailor.model.InsertionMode;
import software.amazon.awssdk.services.mediatailor.model.ListPlaybackConfigurationsResponse;
import software.amazon.awssdk.services.mediatailor.model.LivePreRollConfiguration;
import software.amazon.awssdk.services.mediatailor.model.ManifestProcessingRules;
import software.amazon.awssdk.services.mediatailor.model.MediaTailorException;
import software.amazon.awssdk.services.mediatailor.model.OriginManifestType;
import software.amazon.awssdk.services.mediatailor.model.PutPlaybackConfigurationRequest;
import software.amazon.awssdk.services.mediatailor.model.PutPlaybackConfigurationResponse;
import software.amazon.awssdk.services.mediatailor.model.StreamingMediaFileConditioning;

/** The playback-configuration operations and their tagging with the AWS SDK for Java v2 against the real server. */
class MediaTailorPlaybackConfigurationsIT {
    static final String OTHER_KEY = "other";
    static final String ADS = "https://ads.example.com/vast?sid=[session.id]&d=[session.avail_duration_secs]";
    static final Pattern ID = Pattern.compile("[0-9a-f]{40}");

    @RegisterExtension
    static final LiveServer server = LiveServer.create().withAccount(OTHER_KEY, "other-secret", "111122223333");

    static MediaTailorClient mt() {
        return server.mediaTailor();
    }

    static PutPlaybackConfigurationRequest full(String name) {
        return PutPlaybackConfigurationRequest.builder()
                .name(name)
                .adDecisionServerUrl(ADS)
                .videoContentSourceUrl("https://origin.example.com/live")
                .slateAdUrl("https://cdn.example.com/slate.mp4")
                .availSuppression(AvailSuppression.builder()
                        .mode("BEHIND_LIVE_EDGE")
                        .value("00:45:00")
                        .build())
                .bumper(Bumper.builder()
                        .startUrl("https://cdn.example.com/start.mp4")
                        .endUrl("https://cdn.example.com/end.mp4")
                        .build())
                .cdnConfiguration(CdnConfiguration.builder()
                        .adSegmentUrlPrefix("https://ads-cdn.example.com")
                        .contentSegmentUrlPrefix("https://content-cdn.example.com/")
                        .build())
                .configurationAliases(Map.of("player_params.origin_domain", Map.of("pdx", "abc.example.com")))
                .dashConfiguration(DashConfigurationForPut.builder()
                        .mpdLocation("DISABLED")
                        .originManifestType(OriginManifestType.SINGLE_PERIOD)
                        .build())
                .livePreRollConfiguration(LivePreRollConfiguration.builder()
                        .adDecisionServerUrl("https://ads.example.com/preroll")
                        .maxDurationSeconds(30)
                        .build())
                .manifestProcessingRules(ManifestProcessingRules.builder()
                        .adMarkerPassthrough(
                                AdMarkerPassthrough.builder().enabled(true).build())
                        .build())
                .personalizationThresholdSeconds(8)
                .transcodeProfileName("profile-1")
                .insertionMode(InsertionMode.PLAYER_SELECT)
                .adConditioningConfiguration(AdConditioningConfiguration.builder()
                        .streamingMediaFileConditioning(StreamingMediaFileConditioning.TRANSCODE)
                        .build())
                .tags(Map.of("team", "video"))
                .build();
    }

    static void fails(int status, String code, Executable call) {
        MediaTailorException e = assertThrows(MediaTailorException.class, call);
        assertEquals(status, e.statusCode(), e.getMessage());
        assertEquals(code, e.awsErrorDetails().errorCode(), e.getMessage());
    }

    @Test
    void putStoresEveryFieldAndComputesEndpointsOnThisServer() {
        PutPlaybackConfigurationRequest in = full("everything");
        PutPlaybackConfigurationResponse out = mt().putPlaybackConfiguration(in);
        assertEquals(in.adDecisionServerUrl(), out.adDecisionServerUrl());
        assertEquals(in.videoContentSourceUrl(), out.videoContentSourceUrl());
        assertEquals(in.slateAdUrl(), out.slateAdUrl());
        assertEquals(in.availSuppression(), out.availSuppression());
        assertEquals(in.bumper(), out.bumper());
        assertEquals(in.cdnConfiguration(), out.cdnConfiguration());
        assertEquals(in.configurationAliases(), out.configurationAliases());
        assertEquals("DISABLED", out.dashConfiguration().mpdLocation());
        assertEquals(OriginManifestType.SINGLE_PERIOD, out.dashConfiguration().originManifestType());
        assertEquals(in.livePreRollConfiguration(), out.livePreRollConfiguration());
        assertEquals(in.manifestProcessingRules(), out.manifestProcessingRules());
        assertEquals(8, out.personalizationThresholdSeconds());
        assertEquals("profile-1", out.transcodeProfileName());
        assertEquals(InsertionMode.PLAYER_SELECT, out.insertionMode());
        assertEquals(in.adConditioningConfiguration(), out.adConditioningConfiguration());
        assertEquals(Map.of("team", "video"), out.tags());
        assertEquals(
                "arn:aws:mediatailor:us-east-1:000000000000:playbackConfiguration/everything",
                out.playbackConfigurationArn());

        String base = server.endpoint().toString().replaceAll("/$", "") + "/mediatailor/";
        String prefix = out.playbackEndpointPrefix();
        assertTrue(prefix.startsWith(base), prefix);
        String id = prefix.substring(base.length());
        assertTrue(ID.matcher(id).matches(), prefix);
        assertEquals(
                prefix + "/v1/master/" + id + "/everything/",
                out.hlsConfiguration().manifestEndpointPrefix());
        assertEquals(
                prefix + "/v1/dash/" + id + "/everything/",
                out.dashConfiguration().manifestEndpointPrefix());
        assertEquals(prefix + "/v1/session/" + id + "/everything/", out.sessionInitializationEndpointPrefix());

        GetPlaybackConfigurationResponse got = mt().getPlaybackConfiguration(r -> r.name("everything"));
        for (SdkField<?> field : out.sdkFields()) {
            assertEquals(
                    field.getValueOrDefault(out),
                    got.getValueForField(field.memberName(), Object.class).orElse(null),
                    field.memberName());
        }
    }

    @Test
    void putIsAnUpsertThatReplacesFieldsAndKeepsTagsWhenNoneAreSent() {
        mt().putPlaybackConfiguration(full("upsert"));
        var replaced = mt().putPlaybackConfiguration(r -> r.name("upsert")
                .adDecisionServerUrl("https://other-ads.example.com/vast")
                .videoContentSourceUrl("https://origin.example.com/vod"));
        assertEquals("https://other-ads.example.com/vast", replaced.adDecisionServerUrl());
        assertNull(replaced.slateAdUrl());
        assertNull(replaced.bumper());
        assertEquals(Map.of("team", "video"), replaced.tags());
        assertEquals("EMT_DEFAULT", replaced.dashConfiguration().mpdLocation());
        assertEquals(
                OriginManifestType.MULTI_PERIOD, replaced.dashConfiguration().originManifestType());
        var got = mt().getPlaybackConfiguration(r -> r.name("upsert"));
        assertEquals("https://origin.example.com/vod", got.videoContentSourceUrl());
        assertNull(got.slateAdUrl());
    }

    @Test
    void deleteRemovesAndUnknownNamesAreNotFound() {
        mt().putPlaybackConfiguration(full("doomed"));
        mt().deletePlaybackConfiguration(r -> r.name("doomed"));
        fails(404, "NotFoundException", () -> mt().getPlaybackConfiguration(r -> r.name("doomed")));
        fails(404, "NotFoundException", () -> mt().deletePlaybackConfiguration(r -> r.name("doomed")));
        fails(404, "NotFoundException", () -> mt().getPlaybackConfiguration(r -> r.name("never-made")));
    }

    @Test
    void listPagesWithMaxResultsAndNextToken() {
        List<String> names = List.of("page-a", "page-b", "page-c", "page-d", "page-e");
        names.forEach(n -> mt().putPlaybackConfiguration(full(n)));
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            ListPlaybackConfigurationsResponse page =
                    mt().listPlaybackConfigurations(r -> r.maxResults(2).nextToken(t));
            assertTrue(page.items().size() <= 2);
            page.items().forEach(c -> {
                seen.add(c.name());
                assertTrue(c.hlsConfiguration().manifestEndpointPrefix().endsWith("/" + c.name() + "/"));
            });
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertTrue(seen.containsAll(names), seen.toString());
        assertEquals(seen.stream().sorted().toList(), seen);
        assertTrue(pages >= 3);
        List<String> all = new ArrayList<>();
        mt().listPlaybackConfigurationsPaginator(r -> r.maxResults(1)).items().forEach(c -> all.add(c.name()));
        assertEquals(seen, all);
        fails(400, "BadRequestException", () -> mt().listPlaybackConfigurations(r -> r.nextToken("garbage")));
        fails(400, "BadRequestException", () -> mt().listPlaybackConfigurations(r -> r.maxResults(0)));
    }

    @Test
    void tagsAreAddedRemovedAndListed() {
        String arn = mt().putPlaybackConfiguration(full("tagged")).playbackConfigurationArn();
        mt().tagResource(r -> r.resourceArn(arn).tags(Map.of("env", "prod", "cost", "42")));
        assertEquals(
                Map.of("team", "video", "env", "prod", "cost", "42"),
                mt().listTagsForResource(r -> r.resourceArn(arn)).tags());
        mt().untagResource(r -> r.resourceArn(arn).tagKeys("team", "cost"));
        assertEquals(
                Map.of("env", "prod"),
                mt().listTagsForResource(r -> r.resourceArn(arn)).tags());
        assertEquals(
                Map.of("env", "prod"),
                mt().getPlaybackConfiguration(r -> r.name("tagged")).tags());

        String missing = "arn:aws:mediatailor:us-east-1:000000000000:playbackConfiguration/absent";
        fails(404, "NotFoundException", () -> mt().listTagsForResource(r -> r.resourceArn(missing)));
        fails(
                404,
                "NotFoundException",
                () -> mt().tagResource(r -> r.resourceArn(missing).tags(Map.of("a", "b"))));
        assertThrows(BadRequestException.class, () -> mt().listTagsForResource(r -> r.resourceArn("not-an-arn")));
        fails(
                400,
                "BadRequestException",
                () -> mt().untagResource(
                                r -> r.resourceArn("arn:aws:s3:::bucket").tagKeys("a")));
        fails(
                400,
                "BadRequestException",
                () -> mt().tagResource(r -> r.resourceArn(arn).tags(Map.of("aws:reserved", "x"))));
    }

    @Test
    void badInputIsBadRequest() {
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(r -> r.name("bad").adDecisionServerUrl("not a url")));
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(
                                r -> r.name("bad").videoContentSourceUrl("ftp://origin.example.com/")));
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(
                                r -> r.name("bad").dashConfiguration(d -> d.originManifestType("THREE_PERIOD"))));
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(r -> r.name("bad").availSuppression(a -> a.mode("SOMETIMES"))));
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(r -> r.name("bad").insertionMode("BOTH")));
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(r -> r.name("bad").personalizationThresholdSeconds(0)));
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(
                                r -> r.name("bad").livePreRollConfiguration(l -> l.maxDurationSeconds(-1))));
        fails(
                400,
                "BadRequestException",
                () -> mt().putPlaybackConfiguration(r -> r.name("bad")
                        .availSuppression(a -> a.mode("BEHIND_LIVE_EDGE").value("45 minutes"))));
        fails(400, "BadRequestException", () -> mt().putPlaybackConfiguration(r -> r.name("bad/name")));
        fails(404, "NotFoundException", () -> mt().getPlaybackConfiguration(r -> r.name("bad")));
    }

    @Test
    void configurationsBelongToTheirAccount() {
        String arn = mt().putPlaybackConfiguration(full("private")).playbackConfigurationArn();
        MediaTailorClient other = server.mediaTailor(OTHER_KEY);
        fails(404, "NotFoundException", () -> other.getPlaybackConfiguration(r -> r.name("private")));
        fails(404, "NotFoundException", () -> other.listTagsForResource(r -> r.resourceArn(arn)));
        fails(404, "NotFoundException", () -> other.deletePlaybackConfiguration(r -> r.name("private")));
        assertTrue(other.listPlaybackConfigurations(r -> {}).items().stream()
                .noneMatch(c -> c.name().equals("private")));
        var mine = other.putPlaybackConfiguration(r -> r.name("private"));
        assertEquals(
                "arn:aws:mediatailor:us-east-1:111122223333:playbackConfiguration/private",
                mine.playbackConfigurationArn());
        assertTrue(!mine.playbackEndpointPrefix()
                .equals(mt().getPlaybackConfiguration(r -> r.name("private")).playbackEndpointPrefix()));
        assertEquals(ADS, mt().getPlaybackConfiguration(r -> r.name("private")).adDecisionServerUrl());
    }
}
