package io.mediaplane.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.aws.SecretResolver;
import io.mediaplane.aws.SecretResolver.SecretValue;
import io.mediaplane.support.Clients;
import io.mediaplane.support.TestServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The seam VOD and MediaTailor read secrets through: a secret ARN, in the calling account only, to
 * the value staged AWSCURRENT; nothing for another account, a secret scheduled for deletion or one
 * without a value; a tampered value is an error, never a wrong value.
 */
class SecretResolverIT {
    private static final String ACCOUNT = "000000000000";
    private static TestServer server;
    private static SecretsManagerClient sm;
    private static SecretResolver resolver;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        sm = Clients.secretsManager(server.endpoint(), "test", "test", "us-east-1");
        resolver = server.mediaplane().module(SecretsManagerModule.class).resolver();
    }

    @AfterAll
    static void stop() throws Exception {
        sm.close();
        server.close();
    }

    @Test
    void resolvesTheCurrentValueForItsOwnAccountOnly() {
        String arn = sm.createSecret(r -> r.name("cdn-auth").secretString("{\"MediaPackageCDNIdentifier\":\"x\"}"))
                .arn();
        assertEquals(
                "{\"MediaPackageCDNIdentifier\":\"x\"}",
                resolver.current(ACCOUNT, arn).orElseThrow().text());
        String partial = arn.substring(0, arn.length() - 7);
        assertTrue(resolver.current(ACCOUNT, partial).isPresent(), "an ARN without its suffix resolves too");
        sm.putSecretValue(r -> r.secretId(arn).secretBinary(SdkBytes.fromUtf8String("rotated")));
        SecretValue now = resolver.current(ACCOUNT, arn).orElseThrow();
        assertNull(now.text());
        assertArrayEquals("rotated".getBytes(StandardCharsets.UTF_8), now.binary());
        assertFalse(now.toString().contains("rotated"), "a value never prints itself");

        assertTrue(resolver.current("111122223333", arn).isEmpty(), "another account: nothing");
        assertTrue(resolver.current("111122223333", arn.replace(ACCOUNT, "111122223333"))
                .isEmpty());
        assertTrue(resolver.current(ACCOUNT, arn + "x").isEmpty());
        assertTrue(resolver.current(ACCOUNT, "cdn-auth").isEmpty(), "an ARN, not a name");
        assertTrue(
                resolver.current(ACCOUNT, arn.replace("us-east-1", "eu-west-1")).isEmpty());
    }

    @Test
    void nothingForAScheduledOrEmptySecret() {
        String empty = sm.createSecret(r -> r.name("no-value")).arn();
        assertTrue(resolver.current(ACCOUNT, empty).isEmpty());
        String doomed = sm.createSecret(r -> r.name("doomed").secretString("v")).arn();
        sm.deleteSecret(r -> r.secretId(doomed));
        assertTrue(resolver.current(ACCOUNT, doomed).isEmpty());
        sm.restoreSecret(r -> r.secretId(doomed));
        assertEquals("v", resolver.current(ACCOUNT, doomed).orElseThrow().text());
    }

    @Test
    void aTamperedValueIsAnErrorNotAWrongValue() throws Exception {
        String arn =
                sm.createSecret(r -> r.name("tampered").secretString("genuine")).arn();
        String other =
                sm.createSecret(r -> r.name("other").secretString("not it")).arn();
        SecretsAtRestIT.setSealed(server, arn, SecretsAtRestIT.sealed(server, other));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> resolver.current(ACCOUNT, arn));
        assertFalse(e.getMessage().contains("not it"));
    }
}
