package io.mediaplane;

import io.mediaplane.config.Config;
import io.mediaplane.config.ConfigLoader;
import io.mediaplane.store.DataDirLock;
import java.net.BindException;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar mediaplane.jar [--option value ...]}: starts the server until interrupted. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Logger log = LoggerFactory.getLogger(Main.class); // before any other thread logs
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(ConfigLoader.help());
            return;
        }
        boolean warmUp = Arrays.asList(args).contains(WarmUp.FLAG);
        Config config;
        try {
            config = ConfigLoader.load(
                    Arrays.stream(args).filter(a -> !a.equals(WarmUp.FLAG)).toArray(String[]::new), System.getenv());
        } catch (ConfigLoader.BadConfig e) {
            System.err.println("mediaplane: " + e.getMessage());
            System.exit(2);
            return;
        }
        // registered first, so a stop that arrives while the server starts still closes it
        AtomicReference<Mediaplane> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Mediaplane server = running.getAndSet(null);
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                log.warn("shutdown: {}", e.toString());
            }
        }));
        Mediaplane server;
        try {
            server = Mediaplane.start(config, Clock.systemUTC());
        } catch (Exception e) {
            String problem = startProblem(e, config);
            if (problem == null) {
                throw e;
            }
            System.err.println("mediaplane: " + problem);
            System.exit(1);
            return;
        }
        running.set(server);
        if (warmUp) {
            WarmUp.exercise(server);
            running.set(null);
            server.close();
            log.info("warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
            return;
        }
        log.info(
                "Mediaplane {} ready in {} ms at {} (auth {}, data dir {}, metadata {})",
                Mediaplane.VERSION,
                (System.nanoTime() - start) / 1_000_000,
                server.publicUrl(),
                config.auth(),
                config.dataDir().toAbsolutePath().normalize(),
                config.storeName());
        Thread.currentThread().join();
    }

    /** One line for the user when the server cannot start for a reason they can fix; null otherwise. */
    static String startProblem(Throwable e, Config config) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataDirLock.InUse) {
                return t.getMessage();
            }
            if (t instanceof BindException) {
                String where = config.host() + ":" + config.port();
                return String.valueOf(t.getMessage()).contains("in use")
                        ? "port " + config.port() + " (" + where + ") is already in use; choose another with --port"
                                + " (or MEDIAPLANE_PORT)"
                        : "cannot listen on " + where + " (" + t.getMessage() + "); change --host or --port";
            }
        }
        return null;
    }
}
