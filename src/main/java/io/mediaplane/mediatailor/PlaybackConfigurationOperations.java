package io.mediaplane.mediatailor;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.aws.Tags;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.Empty;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ListPlaybackConfigurationsRequest;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.ListPlaybackConfigurationsResponse;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PlaybackConfiguration;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PlaybackConfigurationName;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PutPlaybackConfigurationRequest;
import io.mediaplane.protocol.RequestContext;
import io.mediaplane.store.Scope;
import io.mediaplane.store.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PutPlaybackConfiguration (an upsert), GetPlaybackConfiguration, DeletePlaybackConfiguration, ListPlaybackConfigurations. */
record PlaybackConfigurationOperations(PlaybackConfigurations configurations, PageTokens tokens) {
    private static final int DEFAULT_PAGE = 50;

    PlaybackConfiguration putPlaybackConfiguration(RequestContext context, PutPlaybackConfigurationRequest in) {
        ConfigurationRules.check(in);
        if (in.tags() != null) {
            Tags.merge(Map.of(), in.tags(), MediaTailorError::badRequest);
        }
        Scope scope = PlaybackConfigurations.scope(context);
        return configurations.view(scope, configurations.put(scope, in, context.received()));
    }

    PlaybackConfiguration getPlaybackConfiguration(RequestContext context, PlaybackConfigurationName in) {
        Scope scope = PlaybackConfigurations.scope(context);
        return configurations.view(
                scope, configurations.require(scope, in.name()).value());
    }

    Empty deletePlaybackConfiguration(RequestContext context, PlaybackConfigurationName in) {
        configurations.delete(PlaybackConfigurations.scope(context), in.name());
        return new Empty();
    }

    ListPlaybackConfigurationsResponse listPlaybackConfigurations(
            RequestContext context, ListPlaybackConfigurationsRequest in) {
        Scope scope = PlaybackConfigurations.scope(context);
        String listing = "mediatailor/ListPlaybackConfigurations/" + scope.accountId() + "/" + scope.region();
        String after = null;
        if (in.nextToken() != null) {
            try {
                after = tokens.open(listing, in.nextToken());
            } catch (IllegalArgumentException e) {
                throw MediaTailorError.badRequest(e.getMessage());
            }
        }
        int limit = in.maxResults() == null ? DEFAULT_PAGE : in.maxResults();
        List<Stored<PutPlaybackConfigurationRequest>> batch = configurations.list(scope, after, limit + 1);
        List<PlaybackConfiguration> items = new ArrayList<>();
        for (Stored<PutPlaybackConfigurationRequest> s : batch.subList(0, Math.min(limit, batch.size()))) {
            items.add(configurations.view(scope, s.value()));
        }
        String next = batch.size() > limit
                ? tokens.issue(listing, batch.get(limit - 1).name())
                : null;
        return new ListPlaybackConfigurationsResponse(items, next);
    }
}
