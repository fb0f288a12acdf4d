package io.mediaplane;

import io.mediaplane.config.Config;
import io.mediaplane.config.ConfigLoader;
import java.time.Clock;
import java.util.Arrays;
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
        Mediaplane server = Mediaplane.start(config, Clock.systemUTC());
        if (warmUp) {
            WarmUp.exercise(server);
            server.close();
            log.info("warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
            return;
        }
        log.info(
                "Mediaplane {} ready in {} ms at {} (auth {}, metadata {})",
                Mediaplane.VERSION,
                (System.nanoTime() - start) / 1_000_000,
                server.publicUrl(),
                config.auth(),
                config.effectiveDbUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                log.warn("shutdown: {}", e.toString());
            }
        }));
        Thread.currentThread().join();
    }
}
