package io.mediaplane.mediapackagevod;

import io.mediaplane.mediapackagevod.ResourceShapes.EgressEndpoint;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where assets will be served: a group's {@code DomainName} is this server's public URL, and each
 * packaging configuration's URL for an asset is
 * {@code <DomainName>/out/v1/<group egress key>/<asset id>/<configuration id>/<manifest>}. The
 * packager that answers these URLs is not built yet, so every endpoint reports {@code QUEUED}:
 * that is the truth (the asset is recorded; nothing has ingested or packaged it).
 */
final class Egress {
    /** The status of an egress endpoint while ingest and packaging are not served. */
    static final String QUEUED = "QUEUED";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String domainName;

    Egress(String publicUrl) {
        this.domainName = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String domainName() {
        return domainName;
    }

    /** A new random key for a group's egress URLs (32 hex characters, as AWS's URL path parts are). */
    static String newKey() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    EgressEndpoint endpoint(GroupRecord group, AssetRecord asset, ConfigurationRecord c) {
        String name = PackageRules.firstManifestName(c);
        String file = c.mssPackage() != null
                ? name + ".ism/Manifest"
                : c.dashPackage() != null ? name + ".mpd" : name + ".m3u8";
        String url = domainName + "/out/v1/" + group.egressKey() + "/" + asset.id() + "/" + c.id() + "/" + file;
        return new EgressEndpoint(c.id(), QUEUED, url);
    }
}
