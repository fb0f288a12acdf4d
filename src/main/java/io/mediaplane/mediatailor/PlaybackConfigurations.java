package io.mediaplane.mediatailor;

import io.mediaplane.mediatailor.ConfigurationShapes.DashConfiguration;
import io.mediaplane.mediatailor.ConfigurationShapes.DashConfigurationForPut;
import io.mediaplane.mediatailor.ConfigurationShapes.HlsConfiguration;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PlaybackConfiguration;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PutPlaybackConfigurationRequest;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Database;
import io.mediaplane.store.ResourceTable;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The playback configurations of every account, kept as the PutPlaybackConfiguration input that
 * made them (one document each in the shared resources table, keyed by name in the caller's
 * account and region), and their wire view with the computed endpoints.
 */
final class PlaybackConfigurations {
    static final String KIND = "mediatailor/playbackConfiguration";

    private final ResourceTable<PutPlaybackConfigurationRequest> table;
    private final PlaybackEndpoints endpoints;

    PlaybackConfigurations(Database db, PlaybackEndpoints endpoints) {
        this.table = new ResourceTable<>(db, KIND, PutPlaybackConfigurationRequest.class);
        this.endpoints = endpoints;
    }

    static Scope scope(RequestContext context) {
        return new Scope(context.accountId(), context.region());
    }

    /** Creates or replaces the configuration named in {@code in}; the stored document is returned. */
    PutPlaybackConfigurationRequest put(Scope scope, PutPlaybackConfigurationRequest in, Instant now) {
        String arn = Arns.arn(scope, Arns.PLAYBACK_CONFIGURATION, in.name());
        while (true) {
            Optional<Stored<PutPlaybackConfigurationRequest>> replaced =
                    table.update(scope, in.name(), old -> in.tags() == null ? in.withTags(old.tags()) : in);
            if (replaced.isPresent()) {
                return replaced.get().value();
            }
            if (table.insert(scope, in.name(), arn, null, now, in)) {
                return in;
            }
        }
    }

    /** The configuration with this name in the scope, or NotFoundException. */
    Stored<PutPlaybackConfigurationRequest> require(Scope scope, String name) {
        return table.get(scope, name).orElseThrow(() -> notFound(name));
    }

    /** Changes a configuration (its tags), or NotFoundException. */
    void change(Scope scope, String name, UnaryOperator<PutPlaybackConfigurationRequest> change) {
        table.update(scope, name, change).orElseThrow(() -> notFound(name));
    }

    /** Deletes the configuration with this name, or NotFoundException. */
    void delete(Scope scope, String name) {
        while (!table.delete(scope, name, require(scope, name).version())) {
            // changed in between: read the new version and try again (or answer NotFoundException)
        }
    }

    List<Stored<PutPlaybackConfigurationRequest>> list(Scope scope, String after, int limit) {
        return table.list(scope, after, limit);
    }

    static io.mediaplane.protocol.AwsException notFound(String name) {
        return MediaTailorError.notFound("Playback configuration " + name + " not found");
    }

    /** The wire view: what was put, the defaults AWS reports, and the endpoints on this server. */
    PlaybackConfiguration view(Scope scope, PutPlaybackConfigurationRequest c) {
        DashConfigurationForPut dash = c.dashConfiguration();
        String playback = endpoints.playback(scope);
        String session = endpoints.session(scope, c.name());
        return new PlaybackConfiguration(
                c.adDecisionServerUrl(),
                c.availSuppression(),
                c.bumper(),
                c.cdnConfiguration(),
                c.configurationAliases(),
                new DashConfiguration(
                        endpoints.dash(scope, c.name()),
                        dash == null || dash.mpdLocation() == null ? "EMT_DEFAULT" : dash.mpdLocation(),
                        dash == null || dash.originManifestType() == null ? "MULTI_PERIOD" : dash.originManifestType()),
                new HlsConfiguration(endpoints.hls(scope, c.name())),
                c.insertionMode(),
                c.livePreRollConfiguration(),
                c.manifestProcessingRules(),
                c.name(),
                c.personalizationThresholdSeconds(),
                Arns.arn(scope, Arns.PLAYBACK_CONFIGURATION, c.name()),
                playback,
                playback,
                session,
                session,
                c.slateAdUrl(),
                c.tags() == null ? Map.of() : c.tags(),
                c.transcodeProfileName(),
                c.videoContentSourceUrl(),
                c.other());
    }
}
