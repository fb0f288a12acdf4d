package io.mediaplane.secretsmanager;

import static io.mediaplane.secretsmanager.SecretsManagerErrors.expect;
import static io.mediaplane.secretsmanager.SecretsManagerErrors.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.support.LiveServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DeleteSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * DeleteSecret and RestoreSecret: the recovery window (7 to 30 days, 30 by default), a secret
 * scheduled for deletion that cannot be read or changed, RestoreSecret undoing it,
 * ForceDeleteWithoutRecovery, and the secret gone once the window has passed. Each test has its
 * own server: some move the server's clock by weeks, so signatures are not checked here (SigV4 would
 * call the SDK's requests expired); the other classes check them.
 */
class SecretDeletionIT {
    private static final String MARKED =
            "You can't perform this operation on the secret because it was marked for deletion.";

    @RegisterExtension
    final LiveServer server = LiveServer.create().withoutAuth();

    private SecretsManagerClient sm() {
        return server.secretsManager();
    }

    private Instant now() {
        return server.testServer().clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @Test
    void aScheduledSecretCannotBeReadOrChangedUntilRestored() {
        String n = name("sched");
        String arn = sm().createSecret(r -> r.name(n).secretString("v")).arn();
        Instant before = now();
        DeleteSecretResponse deleted = sm().deleteSecret(r -> r.secretId(n));
        assertEquals(arn, deleted.arn());
        assertEquals(n, deleted.name());
        Duration window = Duration.between(before, deleted.deletionDate());
        assertTrue(
                window.compareTo(Duration.ofDays(30)) >= 0
                        && window.compareTo(Duration.ofDays(30).plusMinutes(1)) < 0,
                "30 days by default: " + window);

        SecretsManagerException e = expect("InvalidRequestException", () -> sm().getSecretValue(r -> r.secretId(n)));
        assertEquals(MARKED, e.awsErrorDetails().errorMessage());
        expect(
                "InvalidRequestException",
                () -> sm().putSecretValue(r -> r.secretId(n).secretString("w")));
        expect(
                "InvalidRequestException",
                () -> sm().updateSecret(r -> r.secretId(n).description("d")));
        expect(
                "InvalidRequestException",
                () -> sm().tagResource(r ->
                        r.secretId(n).tags(Tag.builder().key("k").value("v").build())));
        expect(
                "InvalidRequestException",
                () -> sm().untagResource(r -> r.secretId(n).tagKeys("k")));
        expect("InvalidRequestException", () -> sm().deleteSecret(r -> r.secretId(n)));
        SecretsManagerException exists = expect("InvalidRequestException", () -> sm().createSecret(r -> r.name(n)));
        assertTrue(
                exists.awsErrorDetails().errorMessage().contains("already scheduled for deletion"),
                exists.getMessage());
        assertEquals(
                deleted.deletionDate(),
                sm().describeSecret(r -> r.secretId(arn)).deletedDate());

        var restored = sm().restoreSecret(r -> r.secretId(arn));
        assertEquals(arn, restored.arn());
        assertEquals(n, restored.name());
        assertNull(sm().describeSecret(r -> r.secretId(n)).deletedDate());
        assertEquals("v", sm().getSecretValue(r -> r.secretId(n)).secretString());
        sm().restoreSecret(r -> r.secretId(n)); // restoring a secret that is not scheduled changes nothing
        expect("ResourceNotFoundException", () -> sm().restoreSecret(r -> r.secretId(name("none"))));
    }

    @Test
    void theSecretIsGoneOnceTheWindowHasPassed() throws Exception {
        String n = name("window");
        String arn = sm().createSecret(r -> r.name(n).secretString("v")).arn();
        sm().deleteSecret(r -> r.secretId(n).recoveryWindowInDays(7L));
        server.testServer().clock().advance(Duration.ofDays(7).minusMinutes(1));
        assertNotNull(sm().describeSecret(r -> r.secretId(n)).deletedDate());
        server.testServer().clock().advance(Duration.ofMinutes(2));
        assertEquals(
                1,
                server.testServer()
                        .mediaplane()
                        .module(SecretsManagerModule.class)
                        .purgeNow());
        assertEquals(0, SecretsAtRestIT.rows(server.testServer(), arn), "its values are deleted with it");
        expect("ResourceNotFoundException", () -> sm().describeSecret(r -> r.secretId(n)));
        expect("ResourceNotFoundException", () -> sm().restoreSecret(r -> r.secretId(arn)));
        String again = sm().createSecret(r -> r.name(n).secretString("new")).arn();
        assertNotEquals(arn, again, "a new secret under the old name has a new ARN");
        expect("ResourceNotFoundException", () -> sm().describeSecret(r -> r.secretId(arn)));
        assertEquals("new", sm().getSecretValue(r -> r.secretId(n)).secretString());
    }

    @Test
    void forcedDeletionIsImmediateAndFinal() {
        String n = name("force");
        String arn = sm().createSecret(r -> r.name(n).secretString("v")).arn();
        Instant before = now();
        DeleteSecretResponse deleted = sm().deleteSecret(r -> r.secretId(arn).forceDeleteWithoutRecovery(true));
        assertEquals(arn, deleted.arn());
        assertTrue(Duration.between(before, deleted.deletionDate()).abs().compareTo(Duration.ofMinutes(1)) < 0);
        expect("ResourceNotFoundException", () -> sm().describeSecret(r -> r.secretId(n)));
        expect("ResourceNotFoundException", () -> sm().restoreSecret(r -> r.secretId(n)));
        assertNotEquals(arn, sm().createSecret(r -> r.name(n)).arn());

        String scheduled = name("force-scheduled");
        sm().createSecret(r -> r.name(scheduled).secretString("v"));
        sm().deleteSecret(r -> r.secretId(scheduled).recoveryWindowInDays(30L));
        sm().deleteSecret(r -> r.secretId(scheduled).forceDeleteWithoutRecovery(true));
        expect("ResourceNotFoundException", () -> sm().describeSecret(r -> r.secretId(scheduled)));

        DeleteSecretResponse none =
                sm().deleteSecret(r -> r.secretId(name("never")).forceDeleteWithoutRecovery(true));
        assertNotNull(none.deletionDate(), "forcing the deletion of a secret that does not exist is no error");
    }

    @Test
    void deleteRefusesWhatAwsRefuses() {
        String n = name("del-errors");
        sm().createSecret(r -> r.name(n));
        expect(
                "InvalidParameterException",
                () -> sm().deleteSecret(r -> r.secretId(n).recoveryWindowInDays(6L)));
        expect(
                "InvalidParameterException",
                () -> sm().deleteSecret(r -> r.secretId(n).recoveryWindowInDays(31L)));
        expect(
                "InvalidParameterException",
                () -> sm().deleteSecret(
                                r -> r.secretId(n).recoveryWindowInDays(7L).forceDeleteWithoutRecovery(true)));
        expect("ResourceNotFoundException", () -> sm().deleteSecret(r -> r.secretId(name("none"))));
        expect("ValidationException", () -> sm().deleteSecret(r -> r.secretId("")));
        assertNull(sm().describeSecret(r -> r.secretId(n)).deletedDate(), "refused deletions change nothing");
        Instant before = now();
        DeleteSecretResponse ok =
                sm().deleteSecret(r -> r.secretId(n).recoveryWindowInDays(7L).forceDeleteWithoutRecovery(false));
        assertTrue(Duration.between(before, ok.deletionDate()).compareTo(Duration.ofDays(7)) >= 0);
    }
}
