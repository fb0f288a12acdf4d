package io.mediaplane.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an endpoint takes requests: the shared API endpoint ({@link #SHARED}), or addresses of its
 * own that name one resource, by path prefix ({@code /mediastore-data/<id>/...}) or by host name
 * ({@code <id>.data.mediastore.<anything>}). Host names are tried before path prefixes, those of
 * every endpoint before the prefixes of any.
 *
 * @param pathPrefixes prefixes ending in '/', each followed by the resource id as one path segment
 * @param hostMarkers  host name parts such as {@code .data.mediastore.}, preceded by the resource id
 *                     as the host's first label
 */
public record Mount(List<String> pathPrefixes, List<String> hostMarkers) {
    /** The one port's shared endpoint: requests are told apart by target header, credential scope or URI. */
    public static final Mount SHARED = new Mount(List.of(), List.of());

    public Mount {
        pathPrefixes = List.copyOf(pathPrefixes);
        hostMarkers = List.copyOf(hostMarkers);
    }

    /** Addresses {@code <prefix><id>/<rest>}; the prefix starts and ends with '/'. */
    public static Mount pathPrefix(String prefix) {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("a path prefix starts and ends with '/': " + prefix);
        }
        return new Mount(List.of(prefix), List.of());
    }

    /** Addresses host {@code <id><marker><anything>} (the id is the host's first label), e.g. {@code .s3.}. */
    public static Mount host(String marker) {
        return new Mount(List.of(), List.of(marker));
    }

    /** This mount, also reachable as host {@code <id><marker><anything>}, e.g. marker {@code .data.mediastore.}. */
    public Mount orHost(String marker) {
        List<String> hosts = new ArrayList<>(hostMarkers);
        hosts.add(marker);
        return new Mount(pathPrefixes, hosts);
    }

    public boolean shared() {
        return pathPrefixes.isEmpty() && hostMarkers.isEmpty();
    }

    /** The address of a request on this mount (by host name first), or null when the request is not for it. */
    public EndpointAddress locate(String host, String rawPath) {
        EndpointAddress byHost = byHost(host, rawPath);
        return byHost != null ? byHost : byPath(rawPath);
    }

    /** The address a Host header names on this mount, or null. */
    EndpointAddress byHost(String host, String rawPath) {
        if (host != null) {
            for (String marker : hostMarkers) {
                int at = host.indexOf(marker);
                if (at > 0 && host.lastIndexOf('.', at - 1) < 0) {
                    return new EndpointAddress(host.substring(0, at), rawPath);
                }
            }
        }
        return null;
    }

    /** The address a path names on this mount, or null. */
    EndpointAddress byPath(String rawPath) {
        for (String prefix : pathPrefixes) {
            if (rawPath.startsWith(prefix)) {
                int end = rawPath.indexOf('/', prefix.length());
                return end < 0
                        ? new EndpointAddress(rawPath.substring(prefix.length()), "")
                        : new EndpointAddress(rawPath.substring(prefix.length(), end), rawPath.substring(end));
            }
        }
        return null;
    }
}
