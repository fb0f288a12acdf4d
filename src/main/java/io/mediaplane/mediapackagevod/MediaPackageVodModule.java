package io.mediaplane.mediapackagevod;

import io.mediaplane.module.ModuleContext;
import io.mediaplane.module.ServiceModule;
import io.mediaplane.protocol.Endpoint;
import java.util.List;

/**
 * AWS Elemental MediaPackage VOD: the control plane on the shared endpoint. Ingest and the
 * just-in-time packager are not served yet, so assets report their egress endpoints as QUEUED.
 */
public final class MediaPackageVodModule implements ServiceModule {
    private final List<Endpoint<?>> endpoints;

    public MediaPackageVodModule(ModuleContext context) {
        VodStore store = new VodStore(context.database());
        Egress egress = new Egress(context.publicUrl());
        endpoints =
                List.of(Endpoint.api(MediaPackageVodService.spec(store, egress, new Listing(context.pageTokens()))));
    }

    @Override
    public List<Endpoint<?>> endpoints() {
        return endpoints;
    }
}
