package io.mediaplane.mediaconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.mediaconnect.MediaConnectClient;
import software.amazon.awssdk.services.mediaconnect.model.AddOutputRequest;
import software.amazon.awssdk.services.mediaconnect.model.CreateFlowRequest;
import software.amazon.awssdk.services.mediaconnect.model.Flow;
import software.amazon.awssdk.services.mediaconnect.model.Protocol;
import software.amazon.awssdk.services.mediaconnect.model.SetSourceRequest;

/** Shared helpers of the MediaConnect integration tests: requests as a user writes them, and exact error checks. */
final class FlowFixtures {
    private static final AtomicInteger PORTS = new AtomicInteger(20_000);

    private FlowFixtures() {}

    /** A fresh ingest port (each one leaves room for rtp-fec's port+2 and port+4). */
    static int port() {
        return PORTS.getAndAdd(10);
    }

    static SetSourceRequest rtpSource(String name, int port) {
        return SetSourceRequest.builder()
                .name(name)
                .protocol(Protocol.RTP)
                .ingestPort(port)
                .whitelistCidr("127.0.0.0/8")
                .description("camera feed")
                .build();
    }

    static AddOutputRequest rtpOutput(String name, int port) {
        return AddOutputRequest.builder()
                .name(name)
                .protocol(Protocol.RTP)
                .destination("127.0.0.1")
                .port(port)
                .description("to the encoder")
                .build();
    }

    static CreateFlowRequest.Builder rtpFlow(String name, int port) {
        return CreateFlowRequest.builder().name(name).source(rtpSource(name + "-src", port));
    }

    static Flow create(MediaConnectClient mc, String name) {
        return mc.createFlow(rtpFlow(name, port()).build()).flow();
    }

    /** Asserts the call fails with exactly this AWS error code and HTTP status; returns the message. */
    static String fails(String code, int status, Executable call) {
        AwsServiceException e = assertThrows(AwsServiceException.class, call);
        assertEquals(code, e.awsErrorDetails().errorCode(), e.getMessage());
        assertEquals(status, e.statusCode(), e.getMessage());
        return e.awsErrorDetails().errorMessage();
    }
}
