package io.mediaplane.mediatailor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mediatailor.MediaTailorClient;

/** Playback configurations, their tags and computed endpoints survive a restart. */
class MediaTailorRestartIT {
    @RegisterExtension
    final LiveServer server = LiveServer.create();

    @Test
    void configurationsSurviveARestart() throws Exception {
        var before = server.mediaTailor().putPlaybackConfiguration(MediaTailorPlaybackConfigurationsIT.full("kept"));
        server.mediaTailor()
                .tagResource(
                        r -> r.resourceArn(before.playbackConfigurationArn()).tags(Map.of("added", "later")));
        server.testServer().restart();
        try (MediaTailorClient again = Clients.mediaTailor(server.endpoint(), "test", "test", "us-east-1")) {
            var after = again.getPlaybackConfiguration(r -> r.name("kept"));
            assertEquals(before.adDecisionServerUrl(), after.adDecisionServerUrl());
            assertEquals(before.adConditioningConfiguration(), after.adConditioningConfiguration());
            assertEquals(before.hlsConfiguration(), after.hlsConfiguration());
            assertEquals(before.playbackEndpointPrefix(), after.playbackEndpointPrefix());
            assertEquals(Map.of("team", "video", "added", "later"), after.tags());
            assertEquals(1, again.listPlaybackConfigurations(r -> {}).items().size());
        }
    }
}
