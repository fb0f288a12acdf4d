package io.mediaplane.config;

import io.mediaplane.aws.Regions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Config} from flags, then environment variables, then defaults, and prints {@code --help}. */
public final class ConfigLoader {
    /** One option: its flag name (also MEDIAPLANE_NAME in the environment), default and meaning. */
    record Option(String name, String defaultValue, String help) {
        String env() {
            return "MEDIAPLANE_" + name.toUpperCase().replace('-', '_');
        }
    }

    static final List<Option> OPTIONS = List.of(
            new Option("host", "127.0.0.1", "address to listen on"),
            new Option("port", "4590", "port to listen on (0 picks a free port)"),
            new Option("public-url", null, "base of every URL handed to clients (default http://HOST:PORT)"),
            new Option("data-dir", "./mediaplane-data", "directory for the SQLite database and stored media"),
            new Option(
                    "db-url",
                    null,
                    "JDBC URL of the metadata store (default SQLite in the data dir;"
                            + " e.g. jdbc:postgresql://localhost/mediaplane?user=u&password=p)"),
            new Option("auth", "verify", "verify: check SigV4 signatures; none: accept any request"),
            new Option(
                    "credentials",
                    null,
                    "file of extra credentials, one 'accessKey secretKey accountId' per line"
                            + " (test/test -> 000000000000 is always known)"),
            new Option("region", "us-east-1", "region of unsigned requests"),
            new Option("transition-ms", "1000", "how long CREATING/DELETING/STARTING... states last, in milliseconds"),
            new Option(
                    "media-address",
                    "127.0.0.1",
                    "IP address MediaConnect flows receive media on when they have none of their own"
                            + " (shared: two flows on one port conflict when both run), reported as each"
                            + " source's ingestIp (senders must reach it)"),
            new Option(
                    "media-addresses",
                    null,
                    "IPv4 addresses (a list or CIDR blocks, e.g. 127.0.1.0/24) of this host that MediaConnect"
                            + " flows get one each of, kept for the flow's life; when all are taken, flows"
                            + " share --media-address"),
            new Option(
                    "quotas",
                    null,
                    "JSON file of per-account quotas replacing AWS's defaults, e.g."
                            + " {\"mediaconnect\": {\"flows\": 100}} (see the README)"),
            new Option(
                    "body-idle-timeout-ms",
                    "30000",
                    "a connection that sends or takes nothing for this long is cut off"
                            + " (a stalled upload is discarded), in milliseconds"),
            new Option(
                    "regions",
                    null,
                    "regions requests may use besides AWS's own, comma-separated;"
                            + " * stands for letters and digits (e.g. on-prem-1,*-lab-1)"),
            new Option(
                    "admin-port",
                    null,
                    "port of a separate listener for /_mediaplane/health and /metrics"
                            + " (default: served on --port)"),
            new Option("admin-host", "127.0.0.1", "address the --admin-port listener binds to"),
            new Option(
                    "admin-token",
                    null,
                    "bearer token /_mediaplane/metrics requires; without one only loopback"
                            + " clients may scrape (prefer the environment variable to the flag)"),
            new Option(
                    "secrets-key",
                    null,
                    "base64 of the 32-byte key that encrypts Secrets Manager values (default: a key generated"
                            + " once into DATA_DIR/secrets.key, owner-only; prefer the environment variable to the flag)"));

    private ConfigLoader() {}

    /** Thrown for a bad flag or value; the message is meant for the user. */
    public static final class BadConfig extends RuntimeException {
        BadConfig(String message) {
            super(message);
        }
    }

    public static Config load(String[] args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Option o : OPTIONS) {
            String fromEnv = env.get(o.env());
            values.put(o.name(), fromEnv != null && !fromEnv.isBlank() ? fromEnv : o.defaultValue());
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new BadConfig("unexpected argument '" + arg + "' (see --help)");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new BadConfig("--" + name + " needs a value");
            }
            if (!values.containsKey(name)) {
                throw new BadConfig("unknown option --" + name + " (see --help)");
            }
            values.put(name, value);
        }
        return build(values);
    }

    private static Config build(Map<String, String> v) {
        String auth = v.get("auth");
        if (!auth.equals("verify") && !auth.equals("none")) {
            throw new BadConfig("--auth must be 'verify' or 'none', not '" + auth + "'");
        }
        return new Config(
                v.get("host"),
                number(v, "port", 0, 65535),
                v.get("public-url"),
                Path.of(v.get("data-dir")),
                v.get("db-url"),
                auth,
                v.get("credentials") == null ? null : Path.of(v.get("credentials")),
                v.get("region"),
                Duration.ofMillis(number(v, "transition-ms", 0, 3_600_000)),
                mediaAddress(v),
                Duration.ofMillis(number(v, "body-idle-timeout-ms", 100, 3_600_000)),
                secretsKey(v.get("secrets-key")),
                AddressPool.parse(v.get("media-addresses")),
                v.get("quotas") == null ? Quotas.defaults() : Quotas.load(Path.of(v.get("quotas"))),
                regions(v),
                v.get("admin-host"),
                v.get("admin-port") == null ? null : number(v, "admin-port", 0, 65535),
                v.get("admin-token") == null || v.get("admin-token").isBlank()
                        ? null
                        : new Redacted(v.get("admin-token")));
    }

    /** --regions as a list, each entry checked; --region must be one requests may use. */
    private static List<String> regions(Map<String, String> v) {
        List<String> extra = v.get("regions") == null
                ? List.of()
                : Arrays.stream(v.get("regions").split(","))
                        .map(String::trim)
                        .filter(r -> !r.isEmpty())
                        .toList();
        Regions regions;
        try {
            regions = Regions.of(extra);
        } catch (IllegalArgumentException e) {
            throw new BadConfig("--regions: " + e.getMessage());
        }
        if (!regions.known(v.get("region"))) {
            throw new BadConfig("--region '" + v.get("region") + "' is neither an AWS region nor one of --regions");
        }
        return extra;
    }

    /** The key as given, once it is known to be base64 of 32 bytes; the message never repeats it. */
    private static Redacted secretsKey(String value) {
        if (value == null) {
            return null;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadConfig(
                    "--secrets-key must be base64 (e.g. from 'openssl rand -base64 32'); the value given" + " is not");
        }
        if (key.length != 32) {
            throw new BadConfig("--secrets-key must be base64 of exactly 32 bytes (AES-256), not " + key.length);
        }
        return new Redacted(value.trim());
    }

    private static String mediaAddress(Map<String, String> v) {
        String a = v.get("media-address").trim();
        boolean ipv4 = a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = a.contains(":") && a.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            throw new BadConfig("--media-address must be an IP address (IPv4 or IPv6), not '" + a + "'");
        }
        return a;
    }

    private static int number(Map<String, String> v, String name, int min, int max) {
        try {
            int n = Integer.parseInt(v.get(name));
            if (n < min || n > max) {
                throw new BadConfig("--" + name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadConfig("--" + name + " must be a number, not '" + v.get(name) + "'");
        }
    }

    /** Help lines wrap at this width. */
    private static final int HELP_WIDTH = 100;

    public static String help() {
        StringBuilder sb = new StringBuilder("""
                Usage: mediaplane [--option value ...]

                Runs the APIs of AWS Elemental MediaStore (with MediaStore Data), MediaConnect,
                MediaPackage VOD and MediaTailor, and of AWS Secrets Manager, on one port. Every
                option can also be set as an environment variable.

                """);
        int width = OPTIONS.stream().mapToInt(o -> o.name().length()).max().orElse(0) + 2;
        for (Option o : OPTIONS) {
            row(sb, width, "--" + o.name(), o.help());
            row(sb, width, "", "env " + o.env() + (o.defaultValue() == null ? "" : ", default " + o.defaultValue()));
        }
        row(
                sb,
                width,
                "--warm-up",
                "start, answer a few requests, stop (the launcher records its start-up cache this way)");
        row(sb, width, "--help", "this text");
        return sb.toString();
    }

    /** One entry: the flag in a column of its own, the text wrapped beside it. */
    private static void row(StringBuilder sb, int width, String flag, String text) {
        String indent = " ".repeat(2 + width + 1);
        StringBuilder line = new StringBuilder("  " + flag + " ".repeat(width - flag.length() + 1));
        int start = line.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > HELP_WIDTH) {
                sb.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(line).append('\n');
    }
}
