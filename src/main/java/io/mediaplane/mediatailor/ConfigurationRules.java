package io.mediaplane.mediatailor;

import io.mediaplane.aws.ValidationErrors;
import io.mediaplane.mediatailor.PlaybackConfigurationShapes.PutPlaybackConfigurationRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the model's constraints cannot say about a PutPlaybackConfiguration: the URLs must be
 * absolute http(s) URLs. The ad decision server URLs may carry AWS's dynamic variables
 * ({@code [session.id]}, {@code [player_params.x]}, ...), which are not URL characters, so they are
 * taken out before the URL is read.
 */
final class ConfigurationRules {
    private static final Pattern DYNAMIC_VARIABLE = Pattern.compile("\\[[^\\[\\]]*]");

    private ConfigurationRules() {}

    static void check(PutPlaybackConfigurationRequest in) {
        List<String> problems = new ArrayList<>();
        url(in.adDecisionServerUrl(), "adDecisionServerUrl", true, problems);
        url(in.videoContentSourceUrl(), "videoContentSourceUrl", false, problems);
        url(in.slateAdUrl(), "slateAdUrl", false, problems);
        if (in.bumper() != null) {
            url(in.bumper().startUrl(), "bumper.startUrl", true, problems);
            url(in.bumper().endUrl(), "bumper.endUrl", true, problems);
        }
        if (in.livePreRollConfiguration() != null) {
            url(
                    in.livePreRollConfiguration().adDecisionServerUrl(),
                    "livePreRollConfiguration.adDecisionServerUrl",
                    true,
                    problems);
        }
        if (in.cdnConfiguration() != null) {
            url(in.cdnConfiguration().adSegmentUrlPrefix(), "cdnConfiguration.adSegmentUrlPrefix", false, problems);
            url(
                    in.cdnConfiguration().contentSegmentUrlPrefix(),
                    "cdnConfiguration.contentSegmentUrlPrefix",
                    false,
                    problems);
        }
        if (!problems.isEmpty()) {
            throw MediaTailorError.badRequest(ValidationErrors.summary(problems));
        }
    }

    private static void url(String value, String member, boolean dynamic, List<String> problems) {
        if (value == null) {
            return;
        }
        String plain = dynamic ? DYNAMIC_VARIABLE.matcher(value).replaceAll("x") : value;
        boolean ok;
        try {
            URI uri = new URI(plain);
            String scheme = uri.getScheme();
            ok = ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            problems.add("Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must be an absolute http or https URL");
        }
    }
}
