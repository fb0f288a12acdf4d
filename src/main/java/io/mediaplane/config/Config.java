package io.mediaplane.config;

import java.nio.file.Path;
import java.time.Duration;

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
 * @param bodyIdleTimeout how long a request body may send nothing before it is cut off
 * @param secretsKey the base64 key that encrypts Secrets Manager values; null: the key file in the
 *                   data dir (created on first start)
 * @param mediaAddresses the pool of addresses MediaConnect flows get one each of (may be empty)
 * @param quotas     per-account limits of every service's resources
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
        Quotas quotas) {

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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
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
                mediaAddresses,
                quotas);
    }

    public Config withMediaAddresses(AddressPool pool) {
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
                pool,
                quotas);
    }

    public Config withQuotas(Quotas q) {
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
                q);
    }
}
