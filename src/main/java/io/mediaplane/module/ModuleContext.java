package io.mediaplane.module;

import io.mediaplane.aws.PageTokens;
import io.mediaplane.config.Config;
import io.mediaplane.observe.Metrics;
import io.mediaplane.store.Database;
import java.time.Clock;

/**
 * What the server shares with every module it builds.
 *
 * @param config    the server's configuration (data directory, transitions, media address, ...)
 * @param clock     the one clock (tests move it)
 * @param database  the migrated metadata store
 * @param pageTokens seals and opens pagination tokens
 * @param metrics   the Prometheus registry
 * @param publicUrl the URL clients reach the server at (for endpoints a service reports)
 */
public record ModuleContext(
        Config config, Clock clock, Database database, PageTokens pageTokens, Metrics metrics, String publicUrl) {}
