package io.mediaplane.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The server's configuration, built once from flags, then {@code MEDIAPLANE_*} environment
 * variables, then defaults (see {@link ConfigLoader}).
 *
 * @param host       the address to listen on
 * @param port       the port to listen on (0: any free port)
 * @param publicUrl  the base of every URL handed to clients; null: {@code http://host:port}
 * @param dataDir    where the SQLite database and blobs live
 * @param dbUrl      the JDBC URL of the metadata store; null: SQLite in the data dir
 * @param auth       {@code verify} (SigV4) or {@code none}
 * @param credentials a file of extra access keys, or null
 * @param region     the region of unsigned requests
 * @param transition how long asynchronous status changes (CREATING, DELETING, ...) take
 * @param mediaAddress the address MediaConnect flows share for receiving media (a source's ingestIp)
 *     when they have none of their own
 * @param bodyIdleTimeout how long a connection may send or take nothing before it is cut off
 * @param secretsKey the base64 key that encrypts Secrets Manager values; null: the key file in the
 *                   data dir (created on first start)
 * @param mediaAddresses the pool of addresses MediaConnect flows get one each of (may be empty)
 * @param quotas     per-account limits of every service's resources
 * @param regions    the operator's regions (names or {@code *} patterns) accepted besides AWS's
 * @param adminHost  the address of the separate admin listener
 * @param adminPort  the port of a separate admin listener for {@code /_mediaplane/*}; null: none, the
 *                   admin paths are served on the main listener
 * @param adminToken the bearer token the admin paths (all but health) require; null: loopback clients only
 */
public record Config(
        String host,
        int port,
        String publicUrl,
        Path dataDir,
        String dbUrl,
        String auth,
        Path credentials,
        String region,
        Duration transition,
        String mediaAddress,
        Duration bodyIdleTimeout,
        Redacted secretsKey,
        AddressPool mediaAddresses,
        Quotas quotas,
        List<String> regions,
        String adminHost,
        Integer adminPort,
        Redacted adminToken) {

    public Config {
        regions = List.copyOf(regions);
    }

    /** The JDBC URL actually used. */
    public String effectiveDbUrl() {
        return dbUrl != null
                ? dbUrl
                : "jdbc:sqlite:"
                        + dataDir.resolve("mediaplane.db").toAbsolutePath().normalize();
    }

    /** The metadata store as a log may show it: the JDBC URL without its parameters (they may hold a password). */
    public String storeName() {
        String url = effectiveDbUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The public base URL once the bound port is known. */
    public String effectivePublicUrl(int boundPort) {
        if (publicUrl != null) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + boundPort;
    }

    public Config withPort(int newPort) {
        return edit(c -> c.port = newPort);
    }

    public Config withHost(String address) {
        return edit(c -> c.host = address);
    }

    public Config withDataDir(Path dir) {
        return edit(c -> c.dataDir = dir);
    }

    public Config withDbUrl(String url) {
        return edit(c -> c.dbUrl = url);
    }

    public Config withAuth(String mode) {
        return edit(c -> c.auth = mode);
    }

    public Config withCredentials(Path file) {
        return edit(c -> c.credentials = file);
    }

    public Config withTransition(Duration d) {
        return edit(c -> c.transition = d);
    }

    public Config withMediaAddress(String address) {
        return edit(c -> c.mediaAddress = address);
    }

    public Config withMediaAddresses(AddressPool pool) {
        return edit(c -> c.mediaAddresses = pool);
    }

    public Config withBodyIdleTimeout(Duration d) {
        return edit(c -> c.bodyIdleTimeout = d);
    }

    public Config withSecretsKey(String base64) {
        return edit(c -> c.secretsKey = base64 == null ? null : new Redacted(base64));
    }

    public Config withQuotas(Quotas q) {
        return edit(c -> c.quotas = q);
    }

    public Config withRegions(List<String> operatorRegions) {
        return edit(c -> c.regions = operatorRegions);
    }

    /** A separate admin listener on {@code host:port} (port null: none; 0: any free port), with a bearer token or null. */
    public Config withAdmin(String host, Integer port, String token) {
        return edit(c -> {
            c.adminHost = host;
            c.adminPort = port;
            c.adminToken = token == null ? null : new Redacted(token);
        });
    }

    /** A copy with some components changed: the one way every {@code with...} method is written. */
    private Config edit(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return d.build();
    }

    /** A mutable copy of every component, so each {@code with...} method names only what it changes. */
    private static final class Draft {
        String host;
        int port;
        String publicUrl;
        Path dataDir;
        String dbUrl;
        String auth;
        Path credentials;
        String region;
        Duration transition;
        String mediaAddress;
        Duration bodyIdleTimeout;
        Redacted secretsKey;
        AddressPool mediaAddresses;
        Quotas quotas;
        List<String> regions;
        String adminHost;
        Integer adminPort;
        Redacted adminToken;

        Draft(Config c) {
            host = c.host;
            port = c.port;
            publicUrl = c.publicUrl;
            dataDir = c.dataDir;
            dbUrl = c.dbUrl;
            auth = c.auth;
            credentials = c.credentials;
            region = c.region;
            transition = c.transition;
            mediaAddress = c.mediaAddress;
            bodyIdleTimeout = c.bodyIdleTimeout;
            secretsKey = c.secretsKey;
            mediaAddresses = c.mediaAddresses;
            quotas = c.quotas;
            regions = c.regions;
            adminHost = c.adminHost;
            adminPort = c.adminPort;
            adminToken = c.adminToken;
        }

        Config build() {
            return new Config(
                    host,
                    port,
                    publicUrl,
                    dataDir,
                    dbUrl,
                    auth,
                    credentials,
                    region,
                    transition,
                    mediaAddress,
                    bodyIdleTimeout,
                    secretsKey,
                    mediaAddresses,
                    quotas,
                    regions,
                    adminHost,
                    adminPort,
                    adminToken);
        }
    }
}
