package io.mediaplane.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
 * @param mediaAddress the address MediaConnect flows receive media on (a source's ingestIp)
 * @param bodyIdleTimeout how long a connection may send or take nothing before it is cut off
 * @param secretsKey the base64 key that encrypts Secrets Manager values; null: the key file in the
 *                   data dir (created on first start)
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
                : "jdbc:sqlite:" + dataDir.resolve("mediaplane.db").toAbsolutePath();
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
        return new Config(
                host,
                newPort,
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
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withDataDir(Path dir) {
        return new Config(
                host,
                port,
                publicUrl,
                dir,
                dbUrl,
                auth,
                credentials,
                region,
                transition,
                mediaAddress,
                bodyIdleTimeout,
                secretsKey,
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withDbUrl(String url) {
        return new Config(
                host,
                port,
                publicUrl,
                dataDir,
                url,
                auth,
                credentials,
                region,
                transition,
                mediaAddress,
                bodyIdleTimeout,
                secretsKey,
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withAuth(String mode) {
        return new Config(
                host,
                port,
                publicUrl,
                dataDir,
                dbUrl,
                mode,
                credentials,
                region,
                transition,
                mediaAddress,
                bodyIdleTimeout,
                secretsKey,
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withCredentials(Path file) {
        return new Config(
                host,
                port,
                publicUrl,
                dataDir,
                dbUrl,
                auth,
                file,
                region,
                transition,
                mediaAddress,
                bodyIdleTimeout,
                secretsKey,
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withMediaAddress(String address) {
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
                address,
                bodyIdleTimeout,
                secretsKey,
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withBodyIdleTimeout(Duration d) {
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
                d,
                secretsKey,
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withSecretsKey(String base64) {
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
                base64 == null ? null : new Redacted(base64),
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withTransition(Duration d) {
        return new Config(
                host,
                port,
                publicUrl,
                dataDir,
                dbUrl,
                auth,
                credentials,
                region,
                d,
                mediaAddress,
                bodyIdleTimeout,
                secretsKey,
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withHost(String address) {
        return new Config(
                address,
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
                regions,
                adminHost,
                adminPort,
                adminToken);
    }

    public Config withRegions(List<String> operatorRegions) {
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
                operatorRegions,
                adminHost,
                adminPort,
                adminToken);
    }

    /** A separate admin listener on {@code host:port} (port null: none; 0: any free port), with a bearer token or null. */
    public Config withAdmin(String host, Integer port, String token) {
        return new Config(
                this.host,
                this.port,
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
                regions,
                host,
                port,
                token == null ? null : new Redacted(token));
    }
}
