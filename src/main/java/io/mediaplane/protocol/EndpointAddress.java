package io.mediaplane.protocol;

/**
 * What a request's address on an endpoint of its own says.
 *
 * @param resourceId the resource the address names (a container's endpoint id, a bucket), as sent
 * @param rest       the raw path after the prefix, or the whole path on a host-named endpoint ("" when
 *                   nothing follows the prefix)
 */
public record EndpointAddress(String resourceId, String rest) {}
