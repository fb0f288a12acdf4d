package io.mediaplane.mediapackagevod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.mediapackagevod.MediaPackageVodClient;
import software.amazon.awssdk.services.mediapackagevod.model.DashManifest;
import software.amazon.awssdk.services.mediapackagevod.model.DashPackage;
import software.amazon.awssdk.services.mediapackagevod.model.HlsManifest;
import software.amazon.awssdk.services.mediapackagevod.model.HlsPackage;

/** Requests the MediaPackage VOD tests share. */
final class VodFixtures {
    static final String SOURCE_ARN = "arn:aws:s3:::vod-sources/movie/index.smil";
    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/mediapackage-vod";

    private VodFixtures() {}

    static HlsPackage hls() {
        return HlsPackage.builder()
                .hlsManifests(HlsManifest.builder().manifestName("main").build())
                .segmentDurationSeconds(6)
                .build();
    }

    static DashPackage dash() {
        return DashPackage.builder()
                .dashManifests(DashManifest.builder().build())
                .segmentTemplateFormat("NUMBER_WITH_TIMELINE")
                .build();
    }

    static void group(MediaPackageVodClient vod, String id) {
        vod.createPackagingGroup(r -> r.id(id));
    }

    static void hlsConfiguration(MediaPackageVodClient vod, String group, String id) {
        vod.createPackagingConfiguration(r -> r.id(id).packagingGroupId(group).hlsPackage(hls()));
    }

    static void asset(MediaPackageVodClient vod, String group, String id) {
        vod.createAsset(
                r -> r.id(id).packagingGroupId(group).sourceArn(SOURCE_ARN).sourceRoleArn(ROLE_ARN));
    }

    /** Asserts the call fails with exactly this AWS error code and HTTP status; returns the message. */
    static String fails(String code, int status, Executable call) {
        AwsServiceException e = assertThrows(AwsServiceException.class, call);
        assertEquals(code, e.awsErrorDetails().errorCode(), e.getMessage());
        assertEquals(status, e.statusCode(), e.getMessage());
        return e.awsErrorDetails().errorMessage();
    }

    static String unprocessable(Executable call) {
        return fails("UnprocessableEntityException", 422, call);
    }

    static String notFound(Executable call) {
        return fails("NotFoundException", 404, call);
    }
}
