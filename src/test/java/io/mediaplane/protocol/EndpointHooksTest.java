package io.mediaplane.protocol;

import static io.mediaplane.protocol.Operation.json;
import static io.mediaplane.protocol.Operation.rest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.mediaplane.aws.Regions;
import io.mediaplane.support.FakeExchange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service added later, as the seam lets it: a public, unsigned egress endpoint of its own
 * (path prefix and host name) beside a plain API on the shared endpoint, with its hooks run by the
 * one pipeline in order and its operations reading their target typed.
 */
class EndpointHooksTest {
    record Channel(String id, boolean open) {}

    record PlaylistInput(@Label("Name") String name) {}

    record PlaylistOutput(
            @Header("Content-Type") String contentType,
            @Payload StreamingBody body) {}

    record Empty() {}

    static final ErrorCode NOT_FOUND = new ErrorCode("NotFoundException", 404);
    static final ErrorCode FORBIDDEN = new ErrorCode("ForbiddenException", 403);

    private final List<String> seen = new ArrayList<>();

    private ServiceSpec declare(String name, Protocol protocol, String target, List<Operation<?, ?>> operations) {
        return new ServiceSpec(
                name,
                protocol,
                name,
                target,
                "message",
                new ErrorCode("BadRequestException", 400),
                new ErrorCode("BadRequestException", 400),
                new ErrorCode("InternalServerErrorException", 500),
                JsonMappers.wire(PropertyNamingStrategies.UPPER_CAMEL_CASE, TimestampFormat.EPOCH_SECONDS),
                true,
                operations);
    }

    /** An egress endpoint: {@code /out/v1/<channel>/<name>} or host {@code <channel>.egress.example}. */
    private final Endpoint<Channel> egress = new Endpoint<>() {
        private final ServiceSpec spec = declare(
                "egress",
                Protocol.REST_JSON_1,
                null,
                List.of(
                        rest(
                                "GET",
                                "/{Name}",
                                200,
                                "GetPlaylist",
                                PlaylistInput.class,
                                PlaylistOutput.class,
                                (c, in) -> {
                                    Channel channel = c.target(Channel.class);
                                    seen.add(
                                            "invoke " + channel.id() + " " + in.name() + " anonymous=" + c.anonymous());
                                    return new PlaylistOutput(
                                            "application/x-mpegURL",
                                            out -> out.write(
                                                    ("#EXTM3U " + channel.id()).getBytes(StandardCharsets.UTF_8)));
                                }),
                        rest("GET", "/wrong/{Name}", 200, "WrongTarget", PlaylistInput.class, Empty.class, (c, in) -> {
                            c.target(String.class); // a bug in the service: fails as its internal error
                            return new Empty();
                        })));

        @Override
        public ServiceSpec spec() {
            return spec;
        }

        @Override
        public Mount mount() {
            return Mount.pathPrefix("/out/v1/").orHost(".egress.");
        }

        @Override
        public Channel target(String id, Instant now) {
            seen.add("target " + id);
            if (!id.startsWith("ch")) {
                throw new AwsException(NOT_FOUND, "No channel " + id);
            }
            return new Channel(id, !id.equals("ch-closed"));
        }

        @Override
        public Intercept intercept(Channel channel, RequestHead request) {
            seen.add("intercept " + request.method());
            return Intercept.proceed(Map.of("Access-Control-Allow-Origin", "*"));
        }

        @Override
        public void check(Channel channel, String operation, Object input) {
            seen.add("check " + operation);
        }

        @Override
        public void authorize(Channel channel, Authorization request) {
            seen.add("authorize " + request.operation());
            if (!channel.open()) {
                throw new AwsException(FORBIDDEN, "Channel " + channel.id() + " is closed");
            }
        }

        @Override
        public void completed(Channel channel, Answered answered) {
            seen.add("completed " + answered.operation() + " " + answered.status() + " " + answered.bytesSent());
        }
    };

    private final Endpoint<Void> api = Endpoint.api(declare(
            "control",
            Protocol.AWS_JSON_1_1,
            "Control_2020",
            List.of(json("Ping", Empty.class, Empty.class, (c, in) -> {
                seen.add("ping target-free");
                return new Empty();
            }))));

    private final RequestPipeline pipeline = new RequestPipeline(
            List.of(egress, api),
            new Authenticator(Authenticator.Mode.VERIFY, null, "us-east-1", Regions.aws()),
            new InputValidator(),
            (service, operation, status, nanos) -> seen.add("observed " + service + " " + operation + " " + status),
            Clock.systemUTC(),
            1 << 20);

    private FakeExchange send(String method, String path, Map<String, List<String>> headers) throws Exception {
        FakeExchange exchange = new FakeExchange(method, path, "", headers, null);
        pipeline.handle(exchange);
        return exchange;
    }

    @Test
    void anUnsignedRequestToAPrefixRunsEveryHookInOrder() throws Exception {
        FakeExchange r = send("GET", "/out/v1/ch1/index.m3u8", Map.of());
        assertEquals(200, r.responseStatus());
        assertEquals("#EXTM3U ch1", r.responseBody.toString(StandardCharsets.UTF_8));
        assertEquals("*", r.responseHeaders.get("Access-Control-Allow-Origin"));
        assertEquals(
                List.of(
                        "target ch1",
                        "intercept GET",
                        "check GetPlaylist",
                        "authorize GetPlaylist",
                        "invoke ch1 index.m3u8 anonymous=true",
                        "observed egress GetPlaylist 200",
                        "completed GetPlaylist 200 11"),
                seen);
    }

    @Test
    void aHostNameAddressesTheSameEndpoint() throws Exception {
        FakeExchange r = send("GET", "/live.m3u8", Map.of("Host", List.of("ch2.egress.example.com")));
        assertEquals(200, r.responseStatus());
        assertTrue(seen.contains("invoke ch2 live.m3u8 anonymous=true"), seen.toString());
    }

    @Test
    void refusalsCarryTheInterceptHeadersAndReachTheObservers() throws Exception {
        FakeExchange r = send("GET", "/out/v1/ch-closed/index.m3u8", Map.of());
        assertEquals(403, r.responseStatus());
        assertEquals("ForbiddenException", r.responseHeaders.get("x-amzn-ErrorType"));
        assertEquals("*", r.responseHeaders.get("Access-Control-Allow-Origin"));
        assertTrue(seen.contains("completed GetPlaylist 403 " + r.responseBody.size()), seen.toString());
        assertTrue(seen.stream().noneMatch(s -> s.startsWith("invoke")), seen.toString());
    }

    @Test
    void anUnknownResourceIsTheServicesOwnErrorAndHasNothingToTellItsObservers() throws Exception {
        FakeExchange r = send("GET", "/out/v1/zz/index.m3u8", Map.of());
        assertEquals(404, r.responseStatus());
        assertEquals("NotFoundException", r.responseHeaders.get("x-amzn-ErrorType"));
        assertEquals(List.of("target zz", "observed egress unknown 404"), seen);
    }

    @Test
    void askingForTheTargetAsAnotherTypeIsAnInternalErrorNotACrash() throws Exception {
        FakeExchange r = send("GET", "/out/v1/ch1/wrong/x", Map.of());
        assertEquals(500, r.responseStatus());
        assertEquals("InternalServerErrorException", r.responseHeaders.get("x-amzn-ErrorType"));
        String body = r.responseBody.toString(StandardCharsets.UTF_8);
        assertTrue(body.contains("under request id " + r.responseHeaders.get("x-amzn-RequestId")), body);
        assertTrue(!body.contains("Channel") && !body.contains("java."), body);
    }

    @Test
    void theSharedEndpointServesThePlainApiBesideIt() throws Exception {
        FakeExchange r = new FakeExchange(
                "POST",
                "/",
                "",
                Map.of("X-Amz-Target", List.of("Control_2020.Ping"), "Authorization", List.of()),
                "{}".getBytes(StandardCharsets.UTF_8));
        pipeline.handle(r);
        assertEquals(200, r.responseStatus());
        assertEquals(List.of("ping target-free", "observed control Ping 200"), seen);
        assertEquals(List.of("egress", "control"), pipeline.services());
        assertNull(r.responseHeaders.get("Access-Control-Allow-Origin"));
    }
}
