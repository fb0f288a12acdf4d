package io.mediaplane;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * {@code --warm-up}: start, answer a few requests, stop. The launcher runs this once after each
 * build with {@code -XX:ArchiveClassesAtExit}, so the class-data archive holds the start-up and
 * request-path classes and even the first real start is fast.
 */
final class WarmUp {
    static final String FLAG = "--warm-up";

    private WarmUp() {}

    static void exercise(Mediaplane server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI base = URI.create(server.publicUrl());
        for (String target : new String[] {"ListContainers", "DescribeContainer", "CreateContainer"}) {
            http.send(
                    HttpRequest.newBuilder(base.resolve("/"))
                            .header("X-Amz-Target", "MediaStore_20170901." + target)
                            .header("Content-Type", "application/x-amz-json-1.1")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"ContainerName\":\"warm-up\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        http.send(
                HttpRequest.newBuilder(base.resolve("/_mediaplane/metrics")).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
