package io.mediaplane.mediapackagevod;

import static io.mediaplane.mediapackagevod.VodFixtures.ROLE_ARN;
import static io.mediaplane.mediapackagevod.VodFixtures.SOURCE_ARN;
import static io.mediaplane.mediapackagevod.VodFixtures.dash;
import static io.mediaplane.mediapackagevod.VodFixtures.hls;
import static io.mediaplane.mediapackagevod.VodFixtures.unprocessable;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.LiveServer;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediapackagevod.MediaPackageVodClient;
import software.amazon.awssdk.services.mediapackagevod.model.CmafEncryption;
import software.amazon.awssdk.services.mediapackagevod.model.CmafPackage;
import software.amazon.awssdk.services.mediapackagevod.model.CreatePackagingConfigurationRequest;
import software.amazon.awssdk.services.mediapackagevod.model.DashManifest;
import software.amazon.awssdk.services.mediapackagevod.model.DashPackage;
import software.amazon.awssdk.services.mediapackagevod.model.EncryptionContractConfiguration;
import software.amazon.awssdk.services.mediapackagevod.model.HlsEncryption;
import software.amazon.awssdk.services.mediapackagevod.model.HlsManifest;
import software.amazon.awssdk.services.mediapackagevod.model.HlsPackage;
import software.amazon.awssdk.services.mediapackagevod.model.MssPackage;
import software.amazon.awssdk.services.mediapackagevod.model.SpekeKeyProvider;
import software.amazon.awssdk.services.mediapackagevod.model.StreamSelection;

/** Every nested setting of the four package types, and the other inputs, refused with 422 and a message naming it. */
class MediaPackageVodValidationIT {
    static final String WIDEVINE = "edef8ba9-79d6-4ace-a3c8-27dcd51d21ed";

    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    static MediaPackageVodClient vod() {
        return server.mediaPackageVod();
    }

    @BeforeAll
    static void group() {
        VodFixtures.group(vod(), "g");
    }

    static SpekeKeyProvider.Builder speke() {
        return SpekeKeyProvider.builder()
                .roleArn(ROLE_ARN)
                .systemIds(WIDEVINE)
                .url("https://keys.example.com/speke/v1.0/copyProtection");
    }

    /** Asserts CreatePackagingConfiguration is refused with 422 and a message containing {@code expected}. */
    static void refused(String expected, Consumer<CreatePackagingConfigurationRequest.Builder> config) {
        String message = unprocessable(() -> vod().createPackagingConfiguration(r -> {
            r.id("c").packagingGroupId("g");
            config.accept(r);
        }));
        assertTrue(message.contains(expected), message);
    }

    static HlsPackage hlsWith(HlsManifest manifest) {
        return HlsPackage.builder().hlsManifests(manifest).build();
    }

    static DashPackage dashWith(DashManifest manifest) {
        return DashPackage.builder().dashManifests(manifest).build();
    }

    @Test
    void exactlyOnePackageType() {
        refused("exactly one of hlsPackage", r -> {});
        refused("this request has 2", r -> r.hlsPackage(hls()).dashPackage(dash()));
    }

    @Test
    void requiredManifestLists() {
        refused(
                "hlsPackage.hlsManifests",
                r -> r.hlsPackage(HlsPackage.builder().build()));
        refused(
                "cmafPackage.hlsManifests",
                r -> r.cmafPackage(CmafPackage.builder().build()));
        refused(
                "dashPackage.dashManifests",
                r -> r.dashPackage(DashPackage.builder().build()));
        refused(
                "mssPackage.mssManifests",
                r -> r.mssPackage(MssPackage.builder().build()));
    }

    @Test
    void hlsManifestSettings() {
        refused(
                "adMarkers",
                r -> r.hlsPackage(
                        hlsWith(HlsManifest.builder().adMarkers("SOMETIMES").build())));
        refused(
                "programDateTimeIntervalSeconds",
                r -> r.hlsPackage(hlsWith(
                        HlsManifest.builder().programDateTimeIntervalSeconds(-1).build())));
        refused(
                "manifestName",
                r -> r.hlsPackage(
                        hlsWith(HlsManifest.builder().manifestName("a/b").build())));
        refused(
                "streamOrder",
                r -> r.hlsPackage(hlsWith(HlsManifest.builder()
                        .streamSelection(
                                StreamSelection.builder().streamOrder("RANDOM").build())
                        .build())));
        refused(
                "minVideoBitsPerSecond (5000000) must not exceed maxVideoBitsPerSecond (1000000)",
                r -> r.hlsPackage(hlsWith(HlsManifest.builder()
                        .streamSelection(s -> s.minVideoBitsPerSecond(5_000_000).maxVideoBitsPerSecond(1_000_000))
                        .build())));
        refused(
                "'index' is used twice",
                r -> r.hlsPackage(HlsPackage.builder()
                        .hlsManifests(
                                HlsManifest.builder().build(),
                                HlsManifest.builder().manifestName("index").build())
                        .build()));
        refused(
                "segmentDurationSeconds",
                r -> r.hlsPackage(hls().toBuilder().segmentDurationSeconds(0).build()));
    }

    @Test
    void dashSettings() {
        refused(
                "segmentTemplateFormat",
                r -> r.dashPackage(
                        dash().toBuilder().segmentTemplateFormat("SOMETIMES").build()));
        refused(
                "periodTriggers",
                r -> r.dashPackage(
                        dash().toBuilder().periodTriggersWithStrings("NEVER").build()));
        refused(
                "manifestLayout",
                r -> r.dashPackage(
                        dashWith(DashManifest.builder().manifestLayout("TALL").build())));
        refused(
                "profile",
                r -> r.dashPackage(
                        dashWith(DashManifest.builder().profile("HBBTV_2").build())));
        refused(
                "scteMarkersSource",
                r -> r.dashPackage(
                        dashWith(DashManifest.builder().scteMarkersSource("X").build())));
        refused(
                "minBufferTimeSeconds",
                r -> r.dashPackage(
                        dashWith(DashManifest.builder().minBufferTimeSeconds(-1).build())));
        refused(
                "spekeKeyProvider",
                r -> r.dashPackage(dash().toBuilder().encryption(e -> {}).build()));
    }

    @Test
    void encryptionSettings() {
        refused(
                "encryptionMethod",
                r -> r.hlsPackage(hls().toBuilder()
                        .encryption(HlsEncryption.builder()
                                .encryptionMethod("ROT13")
                                .spekeKeyProvider(speke().build())
                                .build())
                        .build()));
        refused(
                "constantInitializationVector",
                r -> r.cmafPackage(CmafPackage.builder()
                        .hlsManifests(HlsManifest.builder().build())
                        .encryption(CmafEncryption.builder()
                                .constantInitializationVector("xyz")
                                .spekeKeyProvider(speke().build())
                                .build())
                        .build()));
        refused(
                "systemIds",
                r -> r.hlsPackage(hls().toBuilder()
                        .encryption(e ->
                                e.spekeKeyProvider(speke().systemIds("widevine").build()))
                        .build()));
        refused(
                "url",
                r -> r.hlsPackage(hls().toBuilder()
                        .encryption(e -> e.spekeKeyProvider(speke().url("keys").build()))
                        .build()));
        refused(
                "roleArn",
                r -> r.hlsPackage(hls().toBuilder()
                        .encryption(
                                e -> e.spekeKeyProvider(speke().roleArn("me").build()))
                        .build()));
        refused(
                "presetSpeke20Video",
                r -> r.mssPackage(MssPackage.builder()
                        .mssManifests(m -> {})
                        .encryption(e -> e.spekeKeyProvider(
                                speke().encryptionContractConfiguration(EncryptionContractConfiguration.builder()
                                                .presetSpeke20Audio("SHARED")
                                                .presetSpeke20Video("PRESET-VIDEO-9")
                                                .build())
                                        .build()))
                        .build()));
    }

    @Test
    void idsArnsAndGroupSettings() {
        refused("id", r -> r.id("has space").hlsPackage(hls()));
        String message = unprocessable(() -> vod().createAsset(r ->
                r.id("a").packagingGroupId("g").sourceArn("s3://b/k").sourceRoleArn(ROLE_ARN)));
        assertTrue(message.contains("sourceArn"), message);
        message = unprocessable(() -> vod().createAsset(r ->
                r.id("a").packagingGroupId("g").sourceArn(SOURCE_ARN).sourceRoleArn("role")));
        assertTrue(message.contains("sourceRoleArn"), message);
        message = unprocessable(() -> vod().createPackagingGroup(r ->
                r.id("h").authorization(a -> a.cdnIdentifierSecret("secret").secretsRoleArn(ROLE_ARN))));
        assertTrue(message.contains("cdnIdentifierSecret"), message);
        message = unprocessable(
                () -> vod().configureLogs(r -> r.id("g").egressAccessLogs(l -> l.logGroupName("/my/logs"))));
        assertTrue(message.contains("logGroupName"), message);
    }
}
