package io.mediaplane.mediatailor;

import io.mediaplane.store.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The playback URLs a configuration reports, on this server. AWS gives each account a host
 * {@code https://<id>.mediatailor.<region>.amazonaws.com} (the PlaybackEndpointPrefix) and, under it,
 * {@code /v1/master/<id>/<name>/} (HLS), {@code /v1/dash/<id>/<name>/} (DASH) and
 * {@code /v1/session/<id>/<name>/} (session initialization), where {@code <id>} is a 40-hex-digit
 * identifier of the account. Here the host becomes the path prefix {@code <public URL>/mediatailor/<id>},
 * and the id is the SHA-1 of the account and region (stable across restarts and nodes).
 */
final class PlaybackEndpoints {
    /** The mount the playback endpoints are served under. */
    static final String PATH_PREFIX = "/mediatailor/";

    private final String publicUrl;

    PlaybackEndpoints(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    static String id(Scope scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((scope.accountId() + "/" + scope.region()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** The PlaybackEndpointPrefix: the account's playback address, no trailing '/'. */
    String playback(Scope scope) {
        return publicUrl + PATH_PREFIX + id(scope);
    }

    String hls(Scope scope, String name) {
        return under(scope, "master", name);
    }

    String dash(Scope scope, String name) {
        return under(scope, "dash", name);
    }

    String session(Scope scope, String name) {
        return under(scope, "session", name);
    }

    private String under(Scope scope, String kind, String name) {
        return playback(scope) + "/v1/" + kind + "/" + id(scope) + "/" + name + "/";
    }
}
