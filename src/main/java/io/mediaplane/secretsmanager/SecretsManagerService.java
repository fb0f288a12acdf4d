package io.mediaplane.secretsmanager;

import static io.mediaplane.protocol.Operation.json;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.aws.PageTokens;
import io.mediaplane.aws.SecretResolver;
import io.mediaplane.config.Config;
import io.mediaplane.protocol.JsonMappers;
import io.mediaplane.protocol.Protocol;
import io.mediaplane.protocol.ServiceSpec;
import io.mediaplane.protocol.TimestampFormat;
import io.mediaplane.secretsmanager.ListShapes.ListSecretsInput;
import io.mediaplane.secretsmanager.ListShapes.ListSecretsOutput;
import io.mediaplane.secretsmanager.SecretShapes.CreateSecretInput;
import io.mediaplane.secretsmanager.SecretShapes.CreateSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.DeleteSecretInput;
import io.mediaplane.secretsmanager.SecretShapes.DeleteSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.DescribeSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.EmptyOutput;
import io.mediaplane.secretsmanager.SecretShapes.RestoreSecretOutput;
import io.mediaplane.secretsmanager.SecretShapes.SecretIdInput;
import io.mediaplane.secretsmanager.SecretShapes.TagResourceInput;
import io.mediaplane.secretsmanager.SecretShapes.UntagResourceInput;
import io.mediaplane.secretsmanager.SecretShapes.UpdateSecretInput;
import io.mediaplane.secretsmanager.SecretShapes.UpdateSecretOutput;
import io.mediaplane.secretsmanager.ValueShapes.GetSecretValueInput;
import io.mediaplane.secretsmanager.ValueShapes.GetSecretValueOutput;
import io.mediaplane.secretsmanager.ValueShapes.PutSecretValueInput;
import io.mediaplane.secretsmanager.ValueShapes.PutSecretValueOutput;
import io.mediaplane.store.Database;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * AWS Secrets Manager (awsJson1.1, {@code secretsmanager}): the operations declared once, over
 * secrets whose values are sealed at rest with a key kept outside the database.
 */
public final class SecretsManagerService {
    private final Secrets secrets;
    private final PageTokens tokens;
    private final Clock clock;

    private SecretsManagerService(Secrets secrets, PageTokens tokens, Clock clock) {
        this.secrets = secrets;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Loads (or on first start creates) the secrets key, refuses a key the stored values were not
     * sealed with, and purges secrets whose recovery window has passed.
     */
    public static SecretsManagerService open(Config config, Database db, PageTokens tokens, Clock clock)
            throws IOException {
        SecretValues values = new SecretValues(db, new SecretCipher(SecretsKey.load(config)));
        values.checkKey();
        Secrets secrets = new Secrets(db, values);
        secrets.purgeExpired(clock.instant());
        return new SecretsManagerService(secrets, tokens, clock);
    }

    /** What VOD and MediaTailor read secrets through. */
    public SecretResolver resolver() {
        return new StoredSecretResolver(secrets, clock);
    }

    /** Purges secrets whose recovery window has passed (a background job may call this); returns how many. */
    public int purgeExpired() {
        return secrets.purgeExpired(clock.instant());
    }

    public ServiceSpec spec() {
        Versions versions = new Versions(secrets);
        var s = new SecretOperations(secrets, versions);
        var v = new ValueOperations(secrets, versions);
        var d = new DeletionOperations(secrets);
        var l = new ListOperations(secrets, tokens);
        var t = new Tagging(secrets, versions);
        Class<EmptyOutput> empty = EmptyOutput.class;
        return new ServiceSpec(
                "secretsmanager",
                Protocol.AWS_JSON_1_1,
                "secretsmanager",
                "secretsmanager",
                "Message",
                SecretsManagerError.VALIDATION,
                SecretsManagerError.SERIALIZATION,
                SecretsManagerError.INTERNAL_SERVICE_ERROR,
                JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS),
                false,
                List.of(
                        json("CreateSecret", CreateSecretInput.class, CreateSecretOutput.class, s::createSecret),
                        json("UpdateSecret", UpdateSecretInput.class, UpdateSecretOutput.class, s::updateSecret),
                        json("DescribeSecret", SecretIdInput.class, DescribeSecretOutput.class, s::describeSecret),
                        json(
                                "GetSecretValue",
                                GetSecretValueInput.class,
                                GetSecretValueOutput.class,
                                v::getSecretValue),
                        json(
                                "PutSecretValue",
                                PutSecretValueInput.class,
                                PutSecretValueOutput.class,
                                v::putSecretValue),
                        json("ListSecrets", ListSecretsInput.class, ListSecretsOutput.class, l::listSecrets),
                        json("DeleteSecret", DeleteSecretInput.class, DeleteSecretOutput.class, d::deleteSecret),
                        json("RestoreSecret", SecretIdInput.class, RestoreSecretOutput.class, d::restoreSecret),
                        json("TagResource", TagResourceInput.class, empty, t::tagResource),
                        json("UntagResource", UntagResourceInput.class, empty, t::untagResource)));
    }
}
