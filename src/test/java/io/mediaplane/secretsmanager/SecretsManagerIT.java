package io.mediaplane.secretsmanager;

import static io.mediaplane.secretsmanager.SecretsManagerErrors.expect;
import static io.mediaplane.secretsmanager.SecretsManagerErrors.name;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.LiveServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * CreateSecret, GetSecretValue, UpdateSecret, DescribeSecret, TagResource and UntagResource through
 * the AWS SDK for Java v2 against the real server: success and every error, with its exact code and
 * status (versions and PutSecretValue: {@link SecretVersionsIT}; ListSecrets, DeleteSecret and
 * RestoreSecret have classes of their own).
 */
class SecretsManagerIT {
    private static final String ARN_PATTERN = "arn:aws:secretsmanager:us-east-1:000000000000:secret:%s-[A-Za-z0-9]{6}";

    @RegisterExtension
    static final LiveServer server =
            LiveServer.create().withAccount("AKIDSECRETSOTHER", "other-secret", "111122223333");

    private static SecretsManagerClient sm() {
        return server.secretsManager();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    @Test
    void createThenReadByNameFullArnAndPartialArn() {
        String n = name("db/password");
        String token = token();
        CreateSecretResponse created = sm().createSecret(r -> r.name(n)
                .secretString("{\"password\":\"hunter2\"}")
                .description("the database")
                .clientRequestToken(token));
        assertTrue(created.arn().matches(ARN_PATTERN.formatted(n)), created.arn());
        assertEquals(n, created.name());
        assertEquals(token, created.versionId());
        String partial = created.arn().substring(0, created.arn().length() - 7);
        for (String id : List.of(n, created.arn(), partial)) {
            GetSecretValueResponse got = sm().getSecretValue(r -> r.secretId(id));
            assertEquals("{\"password\":\"hunter2\"}", got.secretString(), id);
            assertNull(got.secretBinary());
            assertEquals(created.arn(), got.arn());
            assertEquals(n, got.name());
            assertEquals(token, got.versionId());
            assertEquals(List.of("AWSCURRENT"), got.versionStages());
            assertNotNull(got.createdDate());
        }
        expect("ResourceNotFoundException", () -> sm().getSecretValue(r -> r.secretId(created.arn() + "x")));
        expect("ResourceNotFoundException", () -> sm().getSecretValue(r -> r.secretId(partial + "-ZZZZZZ")));
        expect(
                "ResourceNotFoundException",
                () -> sm().getSecretValue(r -> r.secretId(created.arn().replace("us-east-1", "eu-west-1"))));
    }

    @Test
    void binarySecretsComeBackByteForByte() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        String n = name("cert");
        sm().createSecret(r -> r.name(n).secretBinary(SdkBytes.fromByteArray(bytes)));
        GetSecretValueResponse got = sm().getSecretValue(r -> r.secretId(n));
        assertArrayEquals(bytes, got.secretBinary().asByteArray());
        assertNull(got.secretString());
    }

    @Test
    void aSecretCreatedWithoutAValueHasNoCurrentVersionUntilOneIsPut() {
        String n = name("empty");
        CreateSecretResponse created = sm().createSecret(r -> r.name(n));
        assertNull(created.versionId());
        SecretsManagerException e = expect("ResourceNotFoundException", () -> sm().getSecretValue(r -> r.secretId(n)));
        assertTrue(e.awsErrorDetails().errorMessage().contains("staging label: AWSCURRENT"), e.getMessage());
        assertTrue(sm().describeSecret(r -> r.secretId(n)).versionIdsToStages().isEmpty());
        PutSecretValueResponse put = sm().putSecretValue(r -> r.secretId(n).secretString("first"));
        assertEquals(List.of("AWSCURRENT"), put.versionStages());
        assertEquals("first", sm().getSecretValue(r -> r.secretId(n)).secretString());
    }

    @Test
    void createRefusesWhatAwsRefuses() {
        String n = name("dup");
        String token = token();
        CreateSecretResponse first =
                sm().createSecret(r -> r.name(n).secretString("v").clientRequestToken(token));
        CreateSecretResponse again =
                sm().createSecret(r -> r.name(n).secretString("v").clientRequestToken(token));
        assertEquals(first.arn(), again.arn(), "the same request again is answered as the first time");
        assertEquals(first.versionId(), again.versionId());
        expect("ResourceExistsException", () -> sm().createSecret(r -> r.name(n).secretString("v")));
        expect(
                "ResourceExistsException",
                () -> sm().createSecret(r -> r.name(n).secretString("other").clientRequestToken(token)));
        expect(
                "InvalidParameterException",
                () -> sm().createSecret(r ->
                        r.name(name("both")).secretString("s").secretBinary(SdkBytes.fromUtf8String("b"))));
        expect("InvalidParameterException", () -> sm().createSecret(r -> r.name("bad name!")));
        expect("InvalidParameterException", () -> sm().createSecret(r -> r.name("has:colon")));
        expect("ValidationException", () -> sm().createSecret(r -> r.name("n".repeat(513))));
        expect(
                "ValidationException",
                () -> sm().createSecret(r -> r.name(name("tok")).clientRequestToken("short")));
        expect(
                "ValidationException",
                () -> sm().createSecret(r -> r.name(name("big")).secretString("x".repeat(65537))));
        expect(
                "ValidationException",
                () -> sm().createSecret(r -> r.name(name("empty-value")).secretString("")));
        expect(
                "ValidationException",
                () -> sm().createSecret(r -> r.name(name("tags"))
                        .tags(Tag.builder().key("aws:reserved").value("v").build())));
        expect(
                "InvalidRequestException",
                () -> sm().createSecret(r -> r.name(name("replica")).addReplicaRegions(a -> a.region("eu-west-1"))));
        expect("ValidationException", () -> sm().createSecret(r -> r.secretString("no name")));
        assertTrue(
                sm().listSecrets(r -> r.filters(f -> f.key("name").values("both", "bad", "big", "tags", "replica")))
                        .secretList()
                        .isEmpty(),
                "refused requests store nothing");
    }

    @Test
    void updateSecretChangesDetailsAndOptionallyTheValue() {
        String n = name("upd");
        String v1 = sm().createSecret(r -> r.name(n).secretString("one").description("before"))
                .versionId();
        DescribeSecretResponse before = sm().describeSecret(r -> r.secretId(n));
        server.testServer().clock().advance(Duration.ofSeconds(2));
        var onlyDetails =
                sm().updateSecret(r -> r.secretId(n).description("after").kmsKeyId("alias/mine"));
        assertNull(onlyDetails.versionId());
        assertEquals(n, onlyDetails.name());
        DescribeSecretResponse after = sm().describeSecret(r -> r.secretId(n));
        assertEquals("after", after.description());
        assertEquals("alias/mine", after.kmsKeyId());
        assertTrue(after.lastChangedDate().isAfter(before.lastChangedDate()));
        assertEquals(Map.of(v1, List.of("AWSCURRENT")), after.versionIdsToStages());

        String v2 = sm().updateSecret(r -> r.secretId(n).secretString("two")).versionId();
        assertNotEquals(v1, v2);
        assertEquals("two", sm().getSecretValue(r -> r.secretId(n)).secretString());
        assertEquals("after", sm().describeSecret(r -> r.secretId(n)).description(), "kept when not given");
        assertEquals(Map.of(v1, List.of("AWSPREVIOUS"), v2, List.of("AWSCURRENT")), stages(n));
        expect(
                "ResourceNotFoundException",
                () -> sm().updateSecret(r -> r.secretId(name("none")).description("d")));
        expect(
                "InvalidParameterException",
                () -> sm().updateSecret(
                                r -> r.secretId(n).secretString("s").secretBinary(SdkBytes.fromUtf8String("b"))));
        expect("ValidationException", () -> sm().updateSecret(r -> r.secretId(n).description("d".repeat(2049))));
    }

    @Test
    void describeShowsEverythingButTheValue() {
        String n = name("desc");
        Instant before = Instant.now().minusSeconds(1);
        CreateSecretResponse created = sm().createSecret(r -> r.name(n)
                .secretString("v")
                .description("about it")
                .tags(
                        Tag.builder().key("team").value("video").build(),
                        Tag.builder().key("env").value("").build()));
        DescribeSecretResponse d = sm().describeSecret(r -> r.secretId(created.arn()));
        assertEquals(created.arn(), d.arn());
        assertEquals(n, d.name());
        assertEquals("about it", d.description());
        assertEquals(
                List.of(
                        Tag.builder().key("team").value("video").build(),
                        Tag.builder().key("env").value("").build()),
                d.tags());
        assertEquals(Map.of(created.versionId(), List.of("AWSCURRENT")), d.versionIdsToStages());
        assertFalse(d.createdDate().isBefore(before));
        assertNull(d.lastAccessedDate(), "never read yet");
        assertNull(d.deletedDate());
        sm().getSecretValue(r -> r.secretId(n));
        Instant accessed = sm().describeSecret(r -> r.secretId(n)).lastAccessedDate();
        assertEquals(server.testServer().clock().instant().truncatedTo(ChronoUnit.DAYS), accessed, "a day, as on AWS");
        expect("ResourceNotFoundException", () -> sm().describeSecret(r -> r.secretId(name("none"))));
        expect("ValidationException", () -> sm().describeSecret(r -> r.secretId("")));
    }

    @Test
    void tagAndUntag() {
        String n = name("tagged");
        sm().createSecret(r -> r.name(n).tags(Tag.builder().key("a").value("1").build()));
        sm().tagResource(r -> r.secretId(n)
                .tags(
                        Tag.builder().key("b").value("2").build(),
                        Tag.builder().key("a").value("one").build()));
        assertEquals(
                List.of(
                        Tag.builder().key("a").value("one").build(),
                        Tag.builder().key("b").value("2").build()),
                sm().describeSecret(r -> r.secretId(n)).tags());
        sm().untagResource(r -> r.secretId(n).tagKeys("a", "missing"));
        assertEquals(
                List.of(Tag.builder().key("b").value("2").build()),
                sm().describeSecret(r -> r.secretId(n)).tags());
        sm().untagResource(r -> r.secretId(n).tagKeys("b"));
        assertTrue(sm().describeSecret(r -> r.secretId(n)).tags().isEmpty());
        expect(
                "ResourceNotFoundException",
                () -> sm().tagResource(r -> r.secretId(name("none"))
                        .tags(Tag.builder().key("k").value("v").build())));
        expect(
                "ResourceNotFoundException",
                () -> sm().untagResource(r -> r.secretId(name("none")).tagKeys("k")));
        expect(
                "ValidationException",
                () -> sm().tagResource(r ->
                        r.secretId(n).tags(Tag.builder().key("aws:x").value("v").build())));
        expect(
                "ValidationException",
                () -> sm().untagResource(r -> r.secretId(n).tagKeys("aws:x")));
        expect("ValidationException", () -> sm().tagResource(r -> r.secretId(n)));
    }

    @Test
    void anotherAccountSeesNothing() {
        String n = name("mine");
        String arn = sm().createSecret(r -> r.name(n).secretString("private")).arn();
        SecretsManagerClient other = server.secretsManager("AKIDSECRETSOTHER");
        for (String id : List.of(n, arn)) {
            expect("ResourceNotFoundException", () -> other.getSecretValue(r -> r.secretId(id)));
            expect("ResourceNotFoundException", () -> other.describeSecret(r -> r.secretId(id)));
            expect(
                    "ResourceNotFoundException",
                    () -> other.putSecretValue(r -> r.secretId(id).secretString("x")));
            expect("ResourceNotFoundException", () -> other.deleteSecret(r -> r.secretId(id)));
        }
        assertTrue(other.listSecrets(r -> r.filters(f -> f.key("name").values(n)))
                .secretList()
                .isEmpty());
        String theirs =
                other.createSecret(r -> r.name(n).secretString("theirs")).arn();
        assertTrue(
                theirs.contains(":111122223333:secret:" + n + "-"),
                "the same name in another account is another secret");
        assertEquals("private", sm().getSecretValue(r -> r.secretId(n)).secretString());
    }

    private static Map<String, List<String>> stages(String secretId) {
        return sm().describeSecret(r -> r.secretId(secretId)).versionIdsToStages();
    }
}
