package io.mediaplane.support;

import io.mediaplane.Mediaplane;
import io.mediaplane.config.Config;
import io.mediaplane.config.ConfigLoader;
import io.mediaplane.mediaconnect.FlowRuntimeFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/**
 * The real server on a random port with its own data directory and database, as the
 * integration tests use it. Restartable on the same data, to prove persistence.
 */
public final class TestServer implements AutoCloseable {
    private final MutableClock clock = new MutableClock();
    private final RecordingFlowRuntime flowRuntime = new RecordingFlowRuntime();
    private final boolean realRelay;
    private Config config;
    private Mediaplane server;

    private TestServer(Config config, boolean realRelay) {
        this.config = config;
        this.realRelay = realRelay;
    }

    /** Defaults: SigV4 verification on, 5 s transitions that tests skip with {@link #settle()}. */
    public static TestServer start() throws Exception {
        return start(Duration.ofSeconds(5), null);
    }

    public static TestServer start(Duration transition, Path credentials) throws Exception {
        return start(transition, credentials, "verify");
    }

    public static TestServer start(Duration transition, Path credentials, String auth) throws Exception {
        return start(transition, credentials, auth, false);
    }

    /** With {@code realRelay}, the production MediaConnect runtime: flows really relay UDP. */
    static TestServer start(Duration transition, Path credentials, String auth, boolean realRelay) throws Exception {
        return start(transition, credentials, auth, realRelay, UnaryOperator.identity());
    }

    /** With transitions of {@code transition}, extra {@code credentials} and one more setting changed. */
    public static TestServer start(Duration transition, Path credentials, UnaryOperator<Config> tweak)
            throws Exception {
        return start(transition, credentials, "verify", false, tweak);
    }

    /** The defaults with one more setting changed (e.g. a short body idle timeout). */
    public static TestServer start(UnaryOperator<Config> tweak) throws Exception {
        return start(Duration.ofSeconds(5), null, "verify", false, tweak);
    }

    /** Everything chosen: the settings LiveServer collects, then any other setting changed by {@code tweak}. */
    public static TestServer start(
            Duration transition, Path credentials, String auth, boolean realRelay, UnaryOperator<Config> tweak)
            throws Exception {
        Path dir = TempPaths.directory("mediaplane-test");
        Config config = ConfigLoader.load(new String[0], Map.of())
                .withPort(0)
                .withDataDir(dir)
                .withDbUrl(TestDatabases.newDatabaseUrl())
                .withTransition(transition)
                .withCredentials(credentials)
                .withAuth(auth);
        TestServer s = new TestServer(tweak.apply(config), realRelay);
        s.boot();
        return s;
    }

    private void boot() throws Exception {
        server = Mediaplane.start(
                config, clock, realRelay ? FlowRuntimeFactory.RELAY_ENGINE : (c, metrics) -> flowRuntime);
        config = config.withPort(server.port());
    }

    /**
     * Another node of the same deployment: its own port and clock, this server's data directory
     * and database (as several nodes share one PostgreSQL and one blob store). Skips the test on
     * SQLite, which allows one server per data dir.
     */
    public TestServer secondNode() throws Exception {
        Assumptions.assumeTrue(
                config.dbUrl() != null, "several nodes share PostgreSQL; a SQLite data dir belongs to one server");
        TestServer node = new TestServer(config.withPort(0), realRelay);
        node.boot();
        return node;
    }

    /** Stops and starts the server again on the same port, data directory and database. */
    public void restart() throws Exception {
        restart(UnaryOperator.identity());
    }

    /**
     * Stops the server and starts it again on the same data with one setting changed (e.g. another
     * secrets key); when that start fails, the server stays stopped and the failure is thrown.
     */
    public void restart(UnaryOperator<Config> tweak) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
        config = tweak.apply(config);
        boot();
    }

    /** Moves the server's clock past one transition time: CREATING becomes ACTIVE, DELETING gone. */
    public void settle() {
        clock.advance(config.transition().plusMillis(1));
    }

    /** The MediaConnect runtime double the server drives (kept across restarts; unused with the real relay). */
    public RecordingFlowRuntime flowRuntime() {
        return flowRuntime;
    }

    /** The running server, for what tests drive directly (e.g. a lifecycle sweep). */
    public Mediaplane mediaplane() {
        return server;
    }

    public MutableClock clock() {
        return clock;
    }

    public URI endpoint() {
        return URI.create(server.publicUrl());
    }

    public int port() {
        return server.port();
    }

    public Config config() {
        return config;
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
