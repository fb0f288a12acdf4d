package io.mediaplane.secretsmanager;

import static io.mediaplane.secretsmanager.SecretsManagerErrors.expect;
import static io.mediaplane.secretsmanager.SecretsManagerErrors.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediaplane.support.LiveServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;

/**
 * Versions through the AWS SDK for Java v2: PutSecretValue and the staging labels AWSCURRENT,
 * AWSPREVIOUS and custom ones, GetSecretValue by VersionId and VersionStage, ClientRequestToken as
 * the idempotency token, the 100-version limit, and their errors.
 */
class SecretVersionsIT {
    @RegisterExtension
    static final LiveServer server = LiveServer.create();

    private static SecretsManagerClient sm() {
        return server.secretsManager();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void putSecretValueMovesTheStagingLabels() {
        String n = name("rotating");
        String v1 = sm().createSecret(r -> r.name(n).secretString("one")).versionId();
        String v2 = sm().putSecretValue(r -> r.secretId(n).secretString("two")).versionId();
        assertEquals(Map.of(v1, List.of("AWSPREVIOUS"), v2, List.of("AWSCURRENT")), stages(n));
        assertEquals(
                "one",
                sm().getSecretValue(r -> r.secretId(n).versionStage("AWSPREVIOUS"))
                        .secretString());
        assertEquals(
                "one", sm().getSecretValue(r -> r.secretId(n).versionId(v1)).secretString());
        assertEquals(
                "two",
                sm().getSecretValue(r -> r.secretId(n).versionId(v2).versionStage("AWSCURRENT"))
                        .secretString());
        String v3 = sm().putSecretValue(r -> r.secretId(n).secretBinary(SdkBytes.fromUtf8String("three")))
                .versionId();
        assertEquals(Map.of(v2, List.of("AWSPREVIOUS"), v3, List.of("AWSCURRENT")), stages(n), "v1 is deprecated");
        assertEquals(
                "one", sm().getSecretValue(r -> r.secretId(n).versionId(v1)).secretString(), "still readable by id");
        assertEquals(
                List.of(), sm().getSecretValue(r -> r.secretId(n).versionId(v1)).versionStages());

        String staged = sm().putSecretValue(
                        r -> r.secretId(n).secretString("next").versionStages("STAGING"))
                .versionId();
        assertEquals(
                "three", sm().getSecretValue(r -> r.secretId(n)).secretBinary().asUtf8String());
        assertEquals(
                "next",
                sm().getSecretValue(r -> r.secretId(n).versionStage("STAGING")).secretString());
        assertEquals(List.of("STAGING"), stages(n).get(staged));

        expect(
                "InvalidRequestException",
                () -> sm().getSecretValue(r -> r.secretId(n).versionId(v1).versionStage("AWSCURRENT")));
        expect(
                "ResourceNotFoundException",
                () -> sm().getSecretValue(
                                r -> r.secretId(n).versionId(UUID.randomUUID().toString())));
        expect(
                "ResourceNotFoundException",
                () -> sm().getSecretValue(r -> r.secretId(n).versionStage("NOPE")));
        expect(
                "ValidationException",
                () -> sm().getSecretValue(r -> r.secretId(n).versionId("short")));
    }

    @Test
    void clientRequestTokenIsAnIdempotencyToken() {
        String n = name("idem");
        sm().createSecret(r -> r.name(n).secretString("a"));
        String token = token();
        String first = sm().putSecretValue(r -> r.secretId(n).secretString("b").clientRequestToken(token))
                .versionId();
        PutSecretValueResponse again =
                sm().putSecretValue(r -> r.secretId(n).secretString("b").clientRequestToken(token));
        assertEquals(first, again.versionId());
        assertEquals(List.of("AWSCURRENT"), again.versionStages());
        assertEquals(2, stages(n).size(), "no new version");
        expect(
                "ResourceExistsException",
                () -> sm().putSecretValue(r -> r.secretId(n).secretString("c").clientRequestToken(token)));
        expect(
                "ResourceExistsException",
                () -> sm().putSecretValue(r ->
                        r.secretId(n).secretBinary(SdkBytes.fromUtf8String("b")).clientRequestToken(token)));
        assertEquals("b", sm().getSecretValue(r -> r.secretId(n)).secretString());
    }

    @Test
    void putSecretValueErrors() {
        String n = name("put-errors");
        sm().createSecret(r -> r.name(n).secretString("a"));
        expect("InvalidParameterException", () -> sm().putSecretValue(r -> r.secretId(n)));
        expect(
                "InvalidParameterException",
                () -> sm().putSecretValue(
                                r -> r.secretId(n).secretString("s").secretBinary(SdkBytes.fromUtf8String("b"))));
        expect(
                "ResourceNotFoundException",
                () -> sm().putSecretValue(r -> r.secretId(name("none")).secretString("x")));
        expect(
                "ValidationException",
                () -> sm().putSecretValue(r -> r.secretId(n).secretString("x").versionStages()));
    }

    @Test
    void aSecretKeepsAtMostOneHundredLabelledVersions() {
        String n = name("many");
        sm().createSecret(r -> r.name(n).secretString("0"));
        for (int i = 1; i < 100; i++) {
            String label = "L" + i;
            sm().putSecretValue(r -> r.secretId(n).secretString(label).versionStages(label));
        }
        assertEquals(100, stages(n).size());
        expect(
                "LimitExceededException",
                () -> sm().putSecretValue(r -> r.secretId(n).secretString("x").versionStages("L100")));
        assertEquals(100, stages(n).size(), "nothing stored");
        assertEquals("0", sm().getSecretValue(r -> r.secretId(n)).secretString());
        // a version that loses its only label is deprecated, and a deprecated version makes room
        sm().putSecretValue(r -> r.secretId(n).secretString("again").versionStages("L1", "L2"));
        assertEquals(
                "again",
                sm().getSecretValue(r -> r.secretId(n).versionStage("L1")).secretString());
        sm().putSecretValue(r -> r.secretId(n).secretString("x").versionStages("L100"));
        assertEquals(100, stages(n).size());
    }

    private static Map<String, List<String>> stages(String secretId) {
        return sm().describeSecret(r -> r.secretId(secretId)).versionIdsToStages();
    }
}
