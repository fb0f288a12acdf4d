package io.mediaplane.protocol;

import io.mediaplane.http.HttpExchange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Where each request goes, built once from every mounted {@link Endpoint}: first the endpoints with
 * addresses of their own (host names of all, then path prefixes of all, in the order given), then
 * the shared endpoint, where the {@link ServiceRouter} tells services apart.
 */
final class RouteTable {
    private final List<Endpoint<?>> addressed = new ArrayList<>();
    private final Map<ServiceSpec, Endpoint<?>> bySpec = new IdentityHashMap<>();
    private final ServiceRouter shared;
    private final List<String> services;

    RouteTable(List<Endpoint<?>> endpoints) {
        List<ServiceSpec> sharedSpecs = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Endpoint<?> e : endpoints) {
            names.add(e.spec().name());
            if (e.mount().shared()) {
                sharedSpecs.add(e.spec());
                bySpec.put(e.spec(), e);
            } else {
                addressed.add(e);
            }
        }
        shared = new ServiceRouter(sharedSpecs);
        services = List.copyOf(names);
    }

    /** The services mounted, by botocore client name, in the order given. */
    List<String> services() {
        return services;
    }

    /** The endpoint of the address a request is sent to, or null when it is for the shared endpoint. */
    Located<?> addressed(HttpExchange exchange) {
        if (addressed.isEmpty()) {
            return null;
        }
        String host = exchange.header("Host");
        String path = exchange.rawPath();
        for (Endpoint<?> e : addressed) {
            EndpointAddress address = e.mount().byHost(host, path);
            if (address != null) {
                return new Located<>(e, address, null);
            }
        }
        for (Endpoint<?> e : addressed) {
            EndpointAddress address = e.mount().byPath(path);
            if (address != null) {
                return new Located<>(e, address, null);
            }
        }
        return null;
    }

    /**
     * The shared endpoint's route for a request (possibly failed).
     *
     * @param signingService the service of the request's credential scope, or null when unsigned
     */
    Located<?> shared(HttpExchange exchange, String signingService) {
        Route route = shared.route(exchange, signingService);
        return new Located<>(route.service() == null ? null : bySpec.get(route.service()), null, route);
    }

    /**
     * A located request.
     *
     * @param endpoint the endpoint, or null when no service could be told
     * @param address  the address on the endpoint's own mount, or null on the shared endpoint
     * @param route    the shared endpoint's route, or null on an address of the endpoint's own
     */
    record Located<T>(Endpoint<T> endpoint, EndpointAddress address, Route route) {}
}
