package io.mediaplane.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @Test
    void defaults() {
        Config c = ConfigLoader.load(new String[0], Map.of());
        assertEquals("127.0.0.1", c.host());
        assertEquals(4590, c.port());
        assertEquals("verify", c.auth());
        assertNull(c.publicUrl());
        assertEquals("http://127.0.0.1:4590", c.effectivePublicUrl(4590));
        assertTrue(c.effectiveDbUrl().startsWith("jdbc:sqlite:")
                && c.effectiveDbUrl().endsWith("mediaplane.db"));
    }

    @Test
    void flagsBeatEnvironmentBeatDefaults() {
        Map<String, String> env = Map.of(
                "MEDIAPLANE_PORT",
                "5000",
                "MEDIAPLANE_AUTH",
                "none",
                "MEDIAPLANE_PUBLIC_URL",
                "https://media.example/");
        Config c = ConfigLoader.load(new String[] {"--port", "6000", "--data-dir=/tmp/x", "--transition-ms", "0"}, env);
        assertEquals(6000, c.port());
        assertEquals("none", c.auth());
        assertEquals(Path.of("/tmp/x"), c.dataDir());
        assertEquals(Duration.ZERO, c.transition());
        assertEquals("https://media.example", c.effectivePublicUrl(6000));
    }

    @Test
    void mediaAddressFromFlagOrEnvironmentDefaultsToLoopback() {
        assertEquals("127.0.0.1", ConfigLoader.load(new String[0], Map.of()).mediaAddress());
        assertEquals(
                "10.0.0.5",
                ConfigLoader.load(new String[0], Map.of("MEDIAPLANE_MEDIA_ADDRESS", "10.0.0.5"))
                        .mediaAddress());
        assertEquals(
                "fd00::5",
                ConfigLoader.load(
                                new String[] {"--media-address", "fd00::5"},
                                Map.of("MEDIAPLANE_MEDIA_ADDRESS", "10.0.0.5"))
                        .mediaAddress());
        assertThrows(
                ConfigLoader.BadConfig.class,
                () -> ConfigLoader.load(new String[] {"--media-address", "media.example"}, Map.of()));
        assertTrue(ConfigLoader.help().contains("--media-address"));
    }

    @Test
    void badInputIsExplained() {
        assertThrows(ConfigLoader.BadConfig.class, () -> ConfigLoader.load(new String[] {"--nope", "1"}, Map.of()));
        assertThrows(ConfigLoader.BadConfig.class, () -> ConfigLoader.load(new String[] {"--port", "x"}, Map.of()));
        assertThrows(ConfigLoader.BadConfig.class, () -> ConfigLoader.load(new String[] {"--port", "70000"}, Map.of()));
        assertThrows(ConfigLoader.BadConfig.class, () -> ConfigLoader.load(new String[] {"--auth", "maybe"}, Map.of()));
        assertThrows(ConfigLoader.BadConfig.class, () -> ConfigLoader.load(new String[] {"--port"}, Map.of()));
    }

    @Test
    void helpAlignsEveryRowAndPromisesOnlyWhatIsServed() {
        String help = ConfigLoader.help();
        int column = -1;
        for (String line : help.lines().toList()) {
            if (line.startsWith("  ")) {
                int text = line.indexOf(' ', line.startsWith("  --") ? line.indexOf(' ', 2) : 2);
                while (text < line.length() && line.charAt(text) == ' ') {
                    text++;
                }
                column = column < 0 ? text : column;
                assertEquals(column, text, "every row's text starts in one column: '" + line + "'");
                assertTrue(line.length() <= 100, "wrapped: '" + line + "'");
            }
        }
        for (String service :
                List.of("MediaStore", "MediaConnect", "MediaPackage VOD", "MediaTailor", "Secrets Manager")) {
            assertTrue(help.contains(service), "the help names every service mounted: " + service);
        }
        assertTrue(!help.contains("coming"), help);
    }

    @Test
    void regionsAreAwsOrTheOperatorsAndTheDefaultRegionMustBeOne() {
        Config c =
                ConfigLoader.load(new String[] {"--regions", "on-prem-1, *-lab-1", "--region", "on-prem-1"}, Map.of());
        assertEquals(java.util.List.of("on-prem-1", "*-lab-1"), c.regions());
        assertEquals(
                java.util.List.of(), ConfigLoader.load(new String[0], Map.of()).regions());
        assertThrows(
                ConfigLoader.BadConfig.class, () -> ConfigLoader.load(new String[] {"--region", "fake-1"}, Map.of()));
        assertThrows(
                ConfigLoader.BadConfig.class,
                () -> ConfigLoader.load(new String[] {"--regions", "Bad_Region"}, Map.of()));
    }

    @Test
    void theAdminListenerIsOptionalAndLoopbackByDefault() {
        Config none = ConfigLoader.load(new String[0], Map.of());
        assertEquals(null, none.adminPort());
        assertEquals("127.0.0.1", none.adminHost());
        assertEquals(null, none.adminToken());
        Config set = ConfigLoader.load(new String[] {"--admin-port", "9100"}, Map.of("MEDIAPLANE_ADMIN_TOKEN", "t0k"));
        assertEquals(9100, set.adminPort());
        assertEquals("t0k", set.adminToken().value());
    }

    @Test
    void helpListsEveryOption() {
        String help = ConfigLoader.help();
        for (ConfigLoader.Option o : ConfigLoader.OPTIONS) {
            assertTrue(help.contains("--" + o.name()) && help.contains(o.env()), o.name());
        }
    }

    @Test
    void mediaAddressesAreAListOfAddressesAndBlocks() {
        AddressPool none = ConfigLoader.load(new String[0], Map.of()).mediaAddresses();
        assertTrue(none.isEmpty());
        AddressPool pool = ConfigLoader.load(
                        new String[] {"--media-addresses", "10.0.0.5, 127.0.1.0/30,192.0.2.7/32"}, Map.of())
                .mediaAddresses();
        assertEquals(4, pool.size(), "10.0.0.5, 127.0.1.1 and .2 (not the block's network and broadcast), 192.0.2.7");
        assertEquals(
                List.of("10.0.0.5", "127.0.1.1", "127.0.1.2", "192.0.2.7"),
                List.of(pool.address(0), pool.address(1), pool.address(2), pool.address(3)));
        assertTrue(pool.contains("127.0.1.2") && !pool.contains("127.0.1.3") && !pool.contains("nonsense"));
        assertEquals(
                1022,
                ConfigLoader.load(new String[0], Map.of("MEDIAPLANE_MEDIA_ADDRESSES", "127.8.0.0/22"))
                        .mediaAddresses()
                        .size());
        for (String bad : new String[] {"10.0.0", "10.0.0.256", "10.0.0.0/33", "fd00::1", "10.0.0.0/x", ","}) {
            ConfigLoader.BadConfig e = assertThrows(
                    ConfigLoader.BadConfig.class,
                    () -> ConfigLoader.load(new String[] {"--media-addresses", bad}, Map.of()),
                    bad);
            assertTrue(e.getMessage().contains("--media-addresses"), e.getMessage());
        }
    }

    @Test
    void quotasComeFromAFileWithAwsDefaultsForTheRest(@TempDir Path dir) throws Exception {
        Quotas defaults = ConfigLoader.load(new String[0], Map.of()).quotas();
        assertEquals(20, defaults.limit(Quota.MEDIACONNECT_FLOWS, "000000000000"));
        assertEquals(50, defaults.limit(Quota.MEDIACONNECT_OUTPUTS_PER_FLOW, "000000000000"));
        assertEquals(50, defaults.limit(Quota.MEDIACONNECT_ENTITLEMENTS_PER_FLOW, "000000000000"));

        Path file = dir.resolve("quotas.json");
        Files.writeString(file, """
                {"mediaconnect": {"flows": 100},
                 "accounts": {"111122223333": {"mediaconnect": {"flows": 5, "outputsPerFlow": 10}}}}
                """);
        Quotas q = ConfigLoader.load(new String[] {"--quotas", file.toString()}, Map.of())
                .quotas();
        assertEquals(100, q.limit(Quota.MEDIACONNECT_FLOWS, "000000000000"));
        assertEquals(5, q.limit(Quota.MEDIACONNECT_FLOWS, "111122223333"));
        assertEquals(10, q.limit(Quota.MEDIACONNECT_OUTPUTS_PER_FLOW, "111122223333"));
        assertEquals(50, q.limit(Quota.MEDIACONNECT_ENTITLEMENTS_PER_FLOW, "111122223333"));

        for (String bad : new String[] {
            "[]",
            "{\"mediaconnect\": {\"flow\": 1}}",
            "{\"mediastor\": {}}",
            "{\"mediaconnect\": {\"flows\": -1}}",
            "{\"mediaconnect\": {\"flows\": \"many\"}}",
            "{\"accounts\": {\"me\": {}}}",
            "not json"
        }) {
            Files.writeString(file, bad);
            ConfigLoader.BadConfig e = assertThrows(
                    ConfigLoader.BadConfig.class,
                    () -> ConfigLoader.load(new String[] {"--quotas", file.toString()}, Map.of()),
                    bad);
            assertTrue(e.getMessage().startsWith("--quotas"), e.getMessage());
        }
        assertThrows(
                ConfigLoader.BadConfig.class,
                () -> ConfigLoader.load(
                        new String[] {"--quotas", dir.resolve("missing.json").toString()}, Map.of()));
    }
}
