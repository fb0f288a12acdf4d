package io.mediaplane.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** Assertions on Secrets Manager errors as the Java SDK surfaces them: exact code and HTTP status. */
final class SecretsManagerErrors {
    private SecretsManagerErrors() {}

    /** The call fails with exactly this error code and 400 (every modeled Secrets Manager error is a 400). */
    static SecretsManagerException expect(String code, Executable call) {
        SecretsManagerException e = assertThrows(SecretsManagerException.class, call);
        assertEquals(code, e.awsErrorDetails().errorCode(), e.getMessage());
        assertEquals(400, e.statusCode(), e.getMessage());
        return e;
    }

    /** A name no other test uses. */
    static String name(String label) {
        return label + "-" + Long.toString(System.nanoTime(), 36);
    }
}
