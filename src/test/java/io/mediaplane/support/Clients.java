package io.mediaplane.support;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediapackagevod.MediaPackageVodClient;
import software.amazon.awssdk.services.mediastore.MediaStoreClient;
import software.amazon.awssdk.services.mediastoredata.MediaStoreDataClient;
import software.amazon.awssdk.services.mediatailor.MediaTailorClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** AWS SDK for Java v2 clients pointed at a test server, as a user would configure them. */
public final class Clients {
    private Clients() {}

    /** Any service's sync client built as a user would, but talking to the protocol layer in memory. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C wired(
            B builder, RecordingService wire, String endpoint) {
        return builder.httpClient(wire.harness())
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    public static MediaStoreClient mediaStore(URI endpoint) {
        return mediaStore(endpoint, "test", "test", "us-east-1");
    }

    public static MediaStoreClient mediaStore(URI endpoint, String accessKey, String secretKey, String region) {
        return live(MediaStoreClient.builder(), endpoint, Region.of(region), signedAs(accessKey, secretKey));
    }

    public static MediaConnectClient mediaConnect(URI endpoint) {
        return mediaConnect(endpoint, "test", "test", "us-east-1");
    }

    public static MediaConnectClient mediaConnect(URI endpoint, String accessKey, String secretKey, String region) {
        return live(MediaConnectClient.builder(), endpoint, Region.of(region), signedAs(accessKey, secretKey));
    }

    public static MediaTailorClient mediaTailor(URI endpoint, String accessKey, String secretKey, String region) {
        return live(MediaTailorClient.builder(), endpoint, Region.of(region), signedAs(accessKey, secretKey));
    }

    public static MediaPackageVodClient mediaPackageVod(URI endpoint) {
        return mediaPackageVod(endpoint, "test", "test", "us-east-1");
    }

    public static MediaPackageVodClient mediaPackageVod(
            URI endpoint, String accessKey, String secretKey, String region) {
        return live(MediaPackageVodClient.builder(), endpoint, Region.of(region), signedAs(accessKey, secretKey));
    }

    public static SecretsManagerClient secretsManager(URI endpoint, String accessKey, String secretKey, String region) {
        return live(SecretsManagerClient.builder(), endpoint, Region.of(region), signedAs(accessKey, secretKey));
    }

    /** A MediaStore Data client aimed at a container's data endpoint (DescribeContainer's Endpoint). */
    public static MediaStoreDataClient mediaStoreData(String endpoint) {
        return mediaStoreData(endpoint, "test", "test");
    }

    public static MediaStoreDataClient mediaStoreData(String endpoint, String accessKey, String secretKey) {
        return live(
                MediaStoreDataClient.builder(), URI.create(endpoint), Region.US_EAST_1, signedAs(accessKey, secretKey));
    }

    /** A MediaStore Data client that sends unsigned (anonymous) requests. */
    public static MediaStoreDataClient anonymousMediaStoreData(String endpoint) {
        return live(
                MediaStoreDataClient.builder(),
                URI.create(endpoint),
                Region.US_EAST_1,
                AnonymousCredentialsProvider.create());
    }

    private static AwsCredentialsProvider signedAs(String accessKey, String secretKey) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    /** Any service's sync client against a running server: plain HTTP client, no retries (errors surface as sent). */
    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C live(
            B builder, URI endpoint, Region region, AwsCredentialsProvider credentials) {
        return builder.endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                // generous timeouts (defaults: connect 2 s, read 30 s): a busy machine, not the server, trips those
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(30))
                        .socketTimeout(Duration.ofSeconds(120))
                        .build())
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }
}
