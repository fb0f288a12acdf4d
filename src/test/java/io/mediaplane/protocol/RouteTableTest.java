package io.mediaplane.protocol;

import static io.mediaplane.protocol.Operation.rest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mediaplane.support.FakeExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the route table sends requests when services' addresses and URI templates overlap. */
class RouteTableTest {
    record In() {}

    private static ServiceSpec spec(String name, String... uris) {
        List<Operation<?, ?>> ops = java.util.Arrays.stream(uris)
                .<Operation<?, ?>>map(uri -> rest("GET", uri, 200, name + uri, In.class, In.class, (c, i) -> i))
                .toList();
        return new ServiceSpec(
                name,
                Protocol.REST_JSON_1,
                name,
                null,
                "message",
                CommonError.UNKNOWN_OPERATION,
                CommonError.UNKNOWN_OPERATION,
                CommonError.UNKNOWN_OPERATION,
                JsonMappers.wire(null, TimestampFormat.ISO_8601),
                true,
                ops);
    }

    private static Endpoint<Void> mounted(ServiceSpec spec, Mount mount) {
        return new Endpoint<>() {
            @Override
            public ServiceSpec spec() {
                return spec;
            }

            @Override
            public Mount mount() {
                return mount;
            }
        };
    }

    private static FakeExchange get(String path, String host) {
        return new FakeExchange("GET", path, "", host == null ? Map.of() : Map.of("Host", List.of(host)), null);
    }

    @Test
    void aHostNameWinsOverAnEarlierEndpointsPathPrefix() {
        RouteTable table = new RouteTable(List.of(
                mounted(spec("data", "/{Path+}"), Mount.pathPrefix("/data/")),
                mounted(spec("bucket", "/{Key+}"), Mount.host(".s3."))));
        RouteTable.Located<?> byHost = table.addressed(get("/data/x/y", "photos.s3.localhost"));
        assertEquals("bucket", byHost.endpoint().spec().name());
        assertEquals(new EndpointAddress("photos", "/data/x/y"), byHost.address());
        RouteTable.Located<?> byPath = table.addressed(get("/data/x/y", "localhost"));
        assertEquals("data", byPath.endpoint().spec().name());
        assertEquals(new EndpointAddress("x", "/y"), byPath.address());
        assertNull(table.addressed(get("/other", "my.photos.s3.localhost")), "the id is the host's first label");
    }

    @Test
    void anUnsignedRequestGoesToTheTemplateWithTheMostLiteralSegments() {
        RouteTable table = new RouteTable(List.of(
                Endpoint.api(spec("flows", "/v1/flows")),
                Endpoint.api(spec("objects", "/{Bucket}/{Key+}")),
                Endpoint.api(spec("other", "/{Any}/flows")),
                Endpoint.api(spec("twin", "/{A}/{B}/{C}"))));
        assertEquals(
                "flows",
                table.shared(get("/v1/flows", null), null).endpoint().spec().name());
        assertEquals(
                "objects",
                table.shared(get("/b/k", null), null).endpoint().spec().name());
        assertEquals(
                "other",
                table.shared(get("/x/flows", null), null).endpoint().spec().name());
        RouteTable.Located<?> tie = table.shared(get("/t/u/v", null), null);
        assertNull(tie.endpoint(), "objects and twin match /t/u/v with no literal each");
        assertEquals("UnknownOperationException", tie.route().error().code());
        assertEquals(
                "flows",
                table.shared(get("/v1/flows", null), "flows").endpoint().spec().name());
    }
}
