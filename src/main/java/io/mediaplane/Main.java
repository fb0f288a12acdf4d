package io.mediaplane;

import io.mediaplane.config.Config;
import io.mediaplane.config.ConfigLoader;
import java.time.Clock;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar mediaplane.jar [--option value ...]}: starts the server until interrupted. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(ConfigLoader.help());
            return;
        }
        Config config;
        try {
            config = ConfigLoader.load(args, System.getenv());
        } catch (ConfigLoader.BadConfig e) {
            System.err.println("mediaplane: " + e.getMessage());
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        Mediaplane server = Mediaplane.start(config, Clock.systemUTC());
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("Mediaplane {} ready in {} ms at {} (auth {}, metadata {})", Mediaplane.VERSION,
                (System.nanoTime() - start) / 1_000_000, server.publicUrl(), config.auth(), config.effectiveDbUrl());
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
