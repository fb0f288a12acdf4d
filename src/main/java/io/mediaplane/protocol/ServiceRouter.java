package io.mediaplane.protocol;

import io.mediaplane.aws.Echo;
import io.mediaplane.http.HttpExchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the service and operation for a request on the shared endpoint: first {@code X-Amz-Target}
 * (awsJson1.1), then the service in the SigV4 credential scope (several restJson1 services share
 * paths such as {@code /tags/{arn}}), then, for unsigned requests, the operation whose URI template
 * matches the path most closely.
 */
public final class ServiceRouter {
    /**
     * Data planes that sign with a control plane's signing name and have no endpoint of their own
     * (botocore's mediastore-data signs as mediastore): a client given one endpoint for every
     * service (AWS_ENDPOINT_URL) sends their REST calls here, where they need pointing elsewhere.
     */
    private static final Map<String, String> DATA_PLANES_SIGNED_AS = Map.of(
            "mediastore",
            "MediaStore Data (mediastore-data) is served at each container's own Endpoint (DescribeContainer"
                    + " returns it), not here: name that endpoint with AWS_ENDPOINT_URL_MEDIASTORE_DATA or"
                    + " --endpoint-url");

    private final Map<String, ServiceSpec> byTargetPrefix = new HashMap<>();
    private final Map<String, ServiceSpec> restBySigningName = new HashMap<>();
    private final Map<String, ServiceSpec> jsonBySigningName = new HashMap<>();
    private final Map<ServiceSpec, Map<String, Operation<?, ?>>> namedOps = new IdentityHashMap<>();
    private final List<ServiceSpec> restServices = new ArrayList<>();

    public ServiceRouter(List<ServiceSpec> services) {
        for (ServiceSpec s : services) {
            if (s.protocol().routing() == Protocol.Routing.TARGET_HEADER) {
                byTargetPrefix.put(s.targetPrefix(), s);
                jsonBySigningName.put(s.signingName(), s);
                namedOps.put(s, s.byName());
            } else {
                restBySigningName.put(s.signingName(), s);
                restServices.add(s);
            }
        }
    }

    /**
     * Routes a request.
     *
     * @param signingService the service of the request's credential scope, or null when unsigned
     */
    public Route route(HttpExchange exchange, String signingService) {
        String target = exchange.header("X-Amz-Target");
        if (target != null) {
            Route route = byTarget(target);
            if (route.operation() != null && !exchange.method().equals("POST")) {
                return Route.failed(
                        route.service(),
                        new AwsException(
                                CommonError.METHOD_NOT_ALLOWED,
                                "Operations with X-Amz-Target are POST /, not " + exchange.method()));
            }
            return route;
        }
        if (signingService != null) {
            ServiceSpec rest = restBySigningName.get(signingService);
            if (rest != null) {
                return within(rest, exchange.method(), exchange.rawPath());
            }
            ServiceSpec json = jsonBySigningName.get(signingService);
            String dataPlane = DATA_PLANES_SIGNED_AS.get(signingService);
            if (json != null
                    && dataPlane != null
                    && !(exchange.method().equals("POST") && exchange.rawPath().equals("/"))) {
                return Route.failed(
                        json,
                        new AwsException(
                                CommonError.UNKNOWN_OPERATION,
                                exchange.method() + " " + exchange.rawPath() + " is not a " + json.name()
                                        + " operation. " + dataPlane));
            }
            if (json != null) {
                return Route.failed(
                        json,
                        new AwsException(
                                CommonError.UNKNOWN_TARGET,
                                "Missing X-Amz-Target header: " + json.name()
                                        + " operations are POST / with X-Amz-Target: " + json.targetPrefix()
                                        + ".<Operation>"));
            }
            return Route.failed(
                    null,
                    new AwsException(
                            CommonError.UNKNOWN_OPERATION,
                            "No service here is signed as " + Echo.quote(signingService)));
        }
        return unsigned(exchange);
    }

    private Route byTarget(String target) {
        int dot = target.indexOf('.');
        ServiceSpec service = dot < 0 ? null : byTargetPrefix.get(target.substring(0, dot));
        if (service == null) {
            return Route.failed(
                    null, new AwsException(CommonError.UNKNOWN_TARGET, "Unknown X-Amz-Target " + Echo.quote(target)));
        }
        Operation<?, ?> op = namedOps.get(service).get(target.substring(dot + 1));
        if (op == null) {
            return Route.failed(
                    service, new AwsException(CommonError.UNKNOWN_TARGET, "Unknown operation " + Echo.quote(target)));
        }
        return Route.to(service, op, Map.of());
    }

    /**
     * An unsigned request goes to the operation whose URI template has the most literal segments
     * across services ({@code /v1/flows} before {@code /{Bucket}/{Key+}}); a tie is ambiguous.
     */
    private Route unsigned(HttpExchange exchange) {
        Route best = null;
        boolean tie = false;
        for (ServiceSpec s : restServices) {
            Route r = within(s, exchange.method(), exchange.rawPath());
            if (r.operation() == null) {
                continue;
            }
            int literals = r.operation().uri().literals();
            if (best == null || literals > best.operation().uri().literals()) {
                best = r;
                tie = false;
            } else if (literals == best.operation().uri().literals()) {
                tie = true;
            }
        }
        if (best != null && !tie) {
            return best;
        }
        String why = best == null ? "No operation of any service matches " : "More than one service matches ";
        return Route.failed(
                null,
                new AwsException(
                        CommonError.UNKNOWN_OPERATION,
                        why + exchange.method() + " " + Echo.quote(exchange.rawPath())
                                + "; sign the request (SigV4) so the service can be told from its scope"));
    }

    /** The operation of one method-and-URI service that a method and raw path name. */
    static Route within(ServiceSpec service, String method, String path) {
        Operation<?, ?> best = null;
        Map<String, String> bestLabels = null;
        boolean pathKnown = false;
        for (Operation<?, ?> op : service.operations()) {
            Map<String, String> labels = op.uri().match(path);
            if (labels == null) {
                continue;
            }
            pathKnown = true;
            if (op.method().equals(method)
                    && (best == null || op.uri().literals() > best.uri().literals())) {
                best = op;
                bestLabels = labels;
            }
        }
        if (best != null) {
            return Route.to(service, best, bestLabels);
        }
        ErrorCode error = pathKnown ? CommonError.METHOD_NOT_ALLOWED : CommonError.UNKNOWN_OPERATION;
        return Route.failed(
                service,
                new AwsException(error, service.name() + " has no operation for " + method + " " + Echo.quote(path)));
    }
}
