package io.mediaplane.support;

import io.mediaplane.config.Config;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediapackagevod.MediaPackageVodClient;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediatailor.MediaTailorClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A {@link TestServer} and the SDK clients a test class talks to it with, as a JUnit extension
 * that starts the server and closes both. A static {@code @RegisterExtension} field shares one
 * server by the whole class; an instance field gives each test its own:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LiveServer server = LiveServer.create().withAccount("AKIDOTHER", "other-secret", "111122223333");
 * ...
 * server.mediaConnect().createFlow(...);
 * server.mediaConnect("AKIDOTHER").listFlows(...);
 * }</pre>
 */
public final class LiveServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final String OWNER = "test";

    private final Map<String, String> secrets = new LinkedHashMap<>(Map.of(OWNER, "test"));
    private final StringBuilder credentials = new StringBuilder();
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();
    private String auth = "verify";
    private boolean relay;
    private UnaryOperator<Config> tweak = UnaryOperator.identity();
    private boolean perClass;
    private TestServer server;

    private LiveServer() {}

    /** Defaults: SigV4 verification on, the owner account 000000000000, the recording flow runtime. */
    public static LiveServer create() {
        return new LiveServer();
    }

    /** Adds an access key of another account (the server's {@code --credentials} file). */
    public LiveServer withAccount(String accessKey, String secretKey, String accountId) {
        secrets.put(accessKey, secretKey);
        credentials
                .append(accessKey)
                .append(' ')
                .append(secretKey)
                .append(' ')
                .append(accountId)
                .append('\n');
        return this;
    }

    /** {@code --auth none}: signatures are not checked (raw HTTP requests act as the owner account). */
    public LiveServer withoutAuth() {
        auth = "none";
        return this;
    }

    /** The production MediaConnect runtime: flows really relay UDP. */
    public LiveServer withRelay() {
        relay = true;
        return this;
    }

    /** Any other setting (e.g. {@code c -> c.withQuotas(...)}), applied last. */
    public LiveServer withConfig(UnaryOperator<Config> change) {
        UnaryOperator<Config> before = tweak;
        tweak = c -> change.apply(before.apply(c));
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        perClass = true;
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    private void start() throws Exception {
        Path file = null;
        if (!credentials.isEmpty()) {
            file = TempPaths.file("creds", ".txt");
            Files.writeString(file, credentials);
        }
        server = TestServer.start(Duration.ofSeconds(5), file, auth, relay, tweak);
    }

    private void close() throws Exception {
        for (SdkClient client : clients.values()) {
            client.close();
        }
        clients.clear();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** MediaStore as the owner account (test/test). */
    public MediaStoreClient mediaStore() {
        return mediaStore(OWNER);
    }

    /** MediaStore as an access key added with {@link #withAccount}. */
    public MediaStoreClient mediaStore(String accessKey) {
        return client(
                MediaStoreClient.class,
                accessKey,
                secret -> Clients.mediaStore(endpoint(), accessKey, secret, "us-east-1"));
    }

    /** MediaConnect as the owner account (test/test). */
    public MediaConnectClient mediaConnect() {
        return mediaConnect(OWNER);
    }

    /** MediaConnect as an access key added with {@link #withAccount}. */
    public MediaConnectClient mediaConnect(String accessKey) {
        return client(
                MediaConnectClient.class,
                accessKey,
                secret -> Clients.mediaConnect(endpoint(), accessKey, secret, "us-east-1"));
    }

    /** MediaTailor as the owner account (test/test). */
    public MediaTailorClient mediaTailor() {
        return mediaTailor(OWNER);
    }

    /** MediaTailor as an access key added with {@link #withAccount}. */
    public MediaTailorClient mediaTailor(String accessKey) {
        return client(
                MediaTailorClient.class,
                accessKey,
                secret -> Clients.mediaTailor(endpoint(), accessKey, secret, "us-east-1"));
    }

    /** MediaPackage VOD as the owner account (test/test). */
    public MediaPackageVodClient mediaPackageVod() {
        return mediaPackageVod(OWNER);
    }

    /** MediaPackage VOD as an access key added with {@link #withAccount}. */
    public MediaPackageVodClient mediaPackageVod(String accessKey) {
        return client(
                MediaPackageVodClient.class,
                accessKey,
                secret -> Clients.mediaPackageVod(endpoint(), accessKey, secret, "us-east-1"));
    }

    /** Secrets Manager as the owner account (test/test). */
    public SecretsManagerClient secretsManager() {
        return secretsManager(OWNER);
    }

    /** Secrets Manager as an access key added with {@link #withAccount}. */
    public SecretsManagerClient secretsManager(String accessKey) {
        return client(
                SecretsManagerClient.class,
                accessKey,
                secret -> Clients.secretsManager(endpoint(), accessKey, secret, "us-east-1"));
    }

    private <C extends SdkClient> C client(Class<C> type, String accessKey, Function<String, C> build) {
        String secret = secrets.get(accessKey);
        if (secret == null) {
            throw new IllegalArgumentException("no account added for " + accessKey);
        }
        return type.cast(clients.computeIfAbsent(type.getSimpleName() + " " + accessKey, k -> build.apply(secret)));
    }

    /** The running server (between the extension's before and after callbacks), for what is not delegated here. */
    public TestServer testServer() {
        if (server == null) {
            throw new IllegalStateException("not running: register the LiveServer with @RegisterExtension");
        }
        return server;
    }

    public URI endpoint() {
        return testServer().endpoint();
    }

    /** See {@link TestServer#settle()}. */
    public void settle() {
        testServer().settle();
    }

    public RecordingFlowRuntime flowRuntime() {
        return testServer().flowRuntime();
    }
}
