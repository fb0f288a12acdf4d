package io.mediaplane.mediatailor;

import io.mediaplane.module.ModuleContext;
import io.mediaplane.module.ServiceModule;
import io.mediaplane.protocol.Endpoint;
import java.util.List;

/**
 * AWS Elemental MediaTailor: the playback-configuration API on the shared endpoint. The playback
 * endpoints the configurations report (under {@code /mediatailor/<id>/}) are not served yet.
 */
public final class MediaTailorModule implements ServiceModule {
    private final List<Endpoint<?>> endpoints;

    public MediaTailorModule(ModuleContext context) {
        var configurations = new PlaybackConfigurations(context.database(), new PlaybackEndpoints(context.publicUrl()));
        endpoints = List.of(Endpoint.api(MediaTailorService.spec(configurations, context.pageTokens())));
    }

    @Override
    public List<Endpoint<?>> endpoints() {
        return endpoints;
    }
}
