package io.mediaplane.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;

/** AWS SDK for Java v2 clients pointed at a test server, as a user would configure them. */
public final class Clients {
    private Clients() {
    }

    public static MediaStoreClient mediaStore(URI endpoint) {
        return mediaStore(endpoint, "test", "test", "us-east-1");
    }

    public static MediaStoreClient mediaStore(URI endpoint, String accessKey, String secretKey, String region) {
        return MediaStoreClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }
}
