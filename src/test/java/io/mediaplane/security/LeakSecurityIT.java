package io.mediaplane.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediaplane.support.Clients;
import io.mediaplane.support.LiveServer;
import io.mediaplane.support.RawSigV4;
import io.mediaplane.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Every error path, swept: each answer is a 4xx in its protocol's one error shape, and its message
 * names no Java or Jackson internals, no stack trace, no account but the caller's (unless the caller
 * sent it), and echoes no input unescaped.
 */
class LeakSecurityIT {
    private static final String OWNER = "000000000000";
    private static final String SECOND_KEY = "AKIDLEAKSECOND000001";
    private static final String SECOND = "111122223333";
    private static final String MARK = "<script>";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("java\\.|javax\\.|io\\.mediaplane|com\\.fasterxml|org\\.eclipse|jdk\\."),
            Pattern.compile("(?i)jackson|jetty|hibernate|coercion|StreamReadConstraints|JsonToken"),
            Pattern.compile("\\$[A-Z]|\\.java:|\\tat |\\bat [a-z]+\\.[a-z]"),
            Pattern.compile("[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*="), // a record's toString
            Pattern.compile("[A-Za-z]+Exception: ")); // an exception's toString

    @RegisterExtension
    static final LiveServer server = LiveServer.create().withAccount(SECOND_KEY, "leak-second-secret", SECOND);

    private final List<String> failures = new ArrayList<>();

    /** Which member carries the message in each protocol (the model's), and nothing else but __type. */
    private enum Shape {
        AWS_JSON("Message"),
        MEDIACONNECT("message"),
        MEDIASTORE_DATA("Message"),
        SECRETS_MANAGER("Message"),
        MEDIAPACKAGE_VOD("message"),
        MEDIATAILOR("Message");

        final String key;

        Shape(String key) {
            this.key = key;
        }
    }

    private void check(String label, Shape shape, String caller, String sent, HttpResponse<String> r) {
        check(
                label,
                shape,
                caller,
                sent,
                r.statusCode(),
                r.headers().firstValue("x-amzn-ErrorType").orElse(null),
                r.body());
    }

    private void check(String label, Shape shape, String caller, String sent, int status, String code, String body) {
        String where = label + " (" + status + " " + code + "): " + body;
        if (status < 400 || status >= 500) {
            failures.add("not a client error: " + where);
            return;
        }
        if (code == null) {
            failures.add("no x-amzn-ErrorType: " + where);
        }
        if (body.isEmpty()) {
            return; // HEAD
        }
        String message;
        try {
            JsonNode tree = JSON.readTree(body);
            Set<String> keys = new java.util.TreeSet<>();
            tree.fieldNames().forEachRemaining(keys::add);
            if (!keys.equals(new java.util.TreeSet<>(List.of("__type", shape.key)))) {
                failures.add("not the " + shape + " error shape " + keys + ": " + where);
            }
            message = tree.path(shape.key)
                    .asText(tree.path("message").asText(tree.path("Message").asText()));
        } catch (Exception e) {
            failures.add("not JSON: " + where);
            return;
        }
        for (Pattern p : INTERNALS) {
            if (p.matcher(message).find()) {
                failures.add("internals (" + p + "): " + where);
            }
        }
        Matcher m = ACCOUNT.matcher(message);
        while (m.find()) {
            if (!m.group().equals(caller) && !sent.contains(m.group())) {
                failures.add("another account's id " + m.group() + ": " + where);
            }
        }
        if (message.contains("<script>") || message.contains("\r") || message.contains("\n")) {
            failures.add("input echoed unescaped: " + where);
        }
    }

    private void ms(String label, String caller, RawSigV4 request, String sent) throws Exception {
        check(label, Shape.AWS_JSON, caller, sent, request.send());
    }

    /** A request signed for another service than MediaStore. */
    private static RawSigV4 signedFor(String service, String method, String path) {
        return RawSigV4.request(server.endpoint(), method, path).scope("us-east-1", service);
    }

    private static RawSigV4 call(String operation, String json) {
        return RawSigV4.mediaStore(server.endpoint(), operation, json);
    }

    @Test
    void everyErrorPathIsCleanAndShapedByItsProtocol() throws Exception {
        String theirs = "theirs-" + System.nanoTime();
        server.mediaStore(SECOND_KEY).createContainer(r -> r.containerName(theirs));
        String mine = "mine-" + System.nanoTime();
        server.mediaStore().createContainer(r -> r.containerName(mine));
        server.settle();
        String theirEndpoint = server.mediaStore(SECOND_KEY)
                .describeContainer(r -> r.containerName(theirs))
                .container()
                .endpoint();
        Clients.mediaStoreData(theirEndpoint, SECOND_KEY, "leak-second-secret")
                .putObject(
                        r -> r.path("a.txt"),
                        RequestBody.fromBytes("theirs".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String myEndpoint = server.mediaStore()
                .describeContainer(r -> r.containerName(mine))
                .container()
                .endpoint();
        String myPath = URI.create(myEndpoint).getPath();
        Clients.mediaStoreData(myEndpoint)
                .putObject(
                        r -> r.path("a.txt"),
                        RequestBody.fromBytes("0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        // authentication
        check("unsigned", Shape.AWS_JSON, OWNER, "", RawSigV4.unsignedMediaStore(server.endpoint(), "ListContainers"));
        ms(
                "wrong secret for another account's key",
                "",
                call("ListContainers", "{}").as(SECOND_KEY, "guess"),
                "");
        ms("unknown key", "", call("ListContainers", "{}").as(MARK, "x"), MARK);
        ms("invented region", OWNER, call("ListContainers", "{}").scope(MARK, "mediastore"), MARK);
        ms("other service", OWNER, call("ListContainers", "{}").scope("us-east-1", MARK), MARK);
        ms("bad date", OWNER, call("ListContainers", "{}").unsignedHeader("X-Amz-Date", MARK), MARK);
        ms(
                "malformed authorization",
                OWNER,
                call("ListContainers", "{}").unsignedHeader("Authorization", "AWS4-HMAC-SHA256 " + MARK),
                MARK);
        ms("unsigned payload", OWNER, call("ListContainers", "{}").payloadHash("UNSIGNED-PAYLOAD"), "");
        ms(
                "unsigned target",
                OWNER,
                RawSigV4.request(server.endpoint(), "POST", "/")
                        .body("{}")
                        .unsignedHeader("X-Amz-Target", "MediaStore_20170901.ListContainers"),
                "");
        // routing
        ms("unknown operation", OWNER, call(MARK, "{}"), MARK);
        ms(
                "unknown target prefix",
                OWNER,
                RawSigV4.request(server.endpoint(), "POST", "/")
                        .header("X-Amz-Target", MARK + ".x")
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .body("{}"),
                MARK);
        ms(
                "GET with a target",
                OWNER,
                RawSigV4.request(server.endpoint(), "GET", "/")
                        .header("X-Amz-Target", "MediaStore_20170901.ListContainers"),
                "");
        ms("no target", OWNER, RawSigV4.request(server.endpoint(), "POST", "/").body("{}"), "");
        // bodies
        ms("not JSON", OWNER, call("ListContainers", "{\"MaxResults\":"), "");
        ms("too deep", OWNER, call("ListContainers", "[".repeat(1200) + "]".repeat(1200)), "");
        ms("string for a number", OWNER, call("ListContainers", "{\"MaxResults\":\"" + MARK + "\"}"), MARK);
        ms("list for a number", OWNER, call("ListContainers", "{\"MaxResults\":[[1]]}"), "");
        ms(
                "object for a list",
                OWNER,
                call("PutCorsPolicy", "{\"ContainerName\":\"" + mine + "\",\"CorsPolicy\":{\"a\":1}}"),
                "");
        ms(
                "number for a rule",
                OWNER,
                call("PutCorsPolicy", "{\"ContainerName\":\"" + mine + "\",\"CorsPolicy\":[5]}"),
                "");
        ms(
                "empty rule list",
                OWNER,
                call(
                        "PutCorsPolicy",
                        "{\"ContainerName\":\"" + mine
                                + "\",\"CorsPolicy\":[{\"AllowedOrigins\":[],\"AllowedMethods\":[\"GET\"],\"AllowedHeaders\":[]}]}"),
                "");
        ms(
                "bad enum",
                OWNER,
                call(
                        "PutCorsPolicy",
                        "{\"ContainerName\":\"" + mine
                                + "\",\"CorsPolicy\":[{\"AllowedOrigins\":[\"*\"],\"AllowedMethods\":[\"" + MARK
                                + "\"],\"AllowedHeaders\":[]}]}"),
                MARK);
        ms(
                "control characters in CORS",
                OWNER,
                call(
                        "PutCorsPolicy",
                        "{\"ContainerName\":\"" + mine
                                + "\",\"CorsPolicy\":[{\"AllowedOrigins\":[\"*\"],\"AllowedMethods\":[\"GET\"],"
                                + "\"AllowedHeaders\":[],\"ExposeHeaders\":[\"a\\r\\nSet-Cookie: x\"]}]}"),
                "");
        ms("invalid name", OWNER, call("DescribeContainer", "{\"ContainerName\":\"" + MARK + "\"}"), MARK);
        ms(
                "policy not JSON",
                OWNER,
                call(
                        "PutContainerPolicy",
                        "{\"ContainerName\":\"" + mine + "\",\"Policy\":\"{\\\"Version\\\":" + "\"}"),
                "");
        ms(
                "policy element",
                OWNER,
                call(
                        "PutContainerPolicy",
                        "{\"ContainerName\":\"" + mine + "\",\"Policy\":\"{\\\"" + MARK + "\\\":1}\"}"),
                MARK);
        ms(
                "lifecycle not JSON",
                OWNER,
                call(
                        "PutLifecyclePolicy",
                        "{\"ContainerName\":\"" + mine + "\",\"LifecyclePolicy\":\"{\\\"rules\\\":\"}"),
                "");
        ms("bad token", OWNER, call("ListContainers", "{\"NextToken\":\"" + MARK + "\"}"), MARK);
        // other accounts' resources
        ms("their container", OWNER, call("DescribeContainer", "{\"ContainerName\":\"" + theirs + "\"}"), theirs);
        String theirArn = "arn:aws:mediastore:us-east-1:" + SECOND + ":container/" + theirs;
        ms("their ARN", OWNER, call("ListTagsForResource", "{\"Resource\":\"" + theirArn + "\"}"), theirArn);

        // the data plane
        String theirPath = URI.create(theirEndpoint).getPath();
        var denied =
                RawSigV4.request(server.endpoint(), "GET", theirPath + "/a.txt").send();
        check("their object", Shape.MEDIASTORE_DATA, OWNER, theirPath, denied);
        if (denied.body().contains(theirs)) {
            failures.add("their container's name: " + denied.body());
        }
        check(
                "anonymous",
                Shape.MEDIASTORE_DATA,
                OWNER,
                theirPath,
                RawSigV4.unsignedGet(server.endpoint(), theirPath + "/a.txt"));
        check(
                "missing object",
                Shape.MEDIASTORE_DATA,
                OWNER,
                "",
                RawSigV4.request(server.endpoint(), "GET", myPath + "/none.txt").send());
        check(
                "unknown endpoint",
                Shape.MEDIASTORE_DATA,
                OWNER,
                MARK,
                RawSigV4.unsignedGet(server.endpoint(), "/mediastore-data/%3Cscript%3E/a.txt"));
        check(
                "bad range",
                Shape.MEDIASTORE_DATA,
                OWNER,
                "",
                RawSigV4.request(server.endpoint(), "GET", myPath + "/a.txt")
                        .header("Range", "bytes=50-60")
                        .send());
        check(
                "wrong region",
                Shape.MEDIASTORE_DATA,
                OWNER,
                "",
                RawSigV4.request(server.endpoint(), "GET", myPath + "/a.txt")
                        .scope("eu-west-1", "mediastore")
                        .send());
        String cut = rawPut(
                myPath + "/cut.txt",
                RawSigV4.request(server.endpoint(), "PUT", myPath + "/cut.txt")
                        .payloadHash("UNSIGNED-PAYLOAD")
                        .headers(java.time.Instant.now()),
                "Content-Length: 1000\r\n",
                "only ten b");
        check("body cut short", Shape.MEDIASTORE_DATA, OWNER, "", status(cut), code(cut), body(cut));
        String noLength = rawPut(myPath + "/none.txt", java.util.Map.of(), "", "");
        check("no length", Shape.MEDIASTORE_DATA, OWNER, "", status(noLength), code(noLength), body(noLength));

        // MediaConnect (restJson1, lower-case message)
        check(
                "mc unknown path",
                Shape.MEDIACONNECT,
                OWNER,
                MARK,
                signedFor("mediaconnect", "GET", "/v1/" + "x").send());
        check(
                "mc bad JSON",
                Shape.MEDIACONNECT,
                OWNER,
                "",
                signedFor("mediaconnect", "POST", "/v1/flows")
                        .header("Content-Type", "application/json")
                        .body("{\"name\":")
                        .send());
        check(
                "mc object for a string",
                Shape.MEDIACONNECT,
                OWNER,
                "",
                signedFor("mediaconnect", "POST", "/v1/flows")
                        .header("Content-Type", "application/json")
                        .body("{\"name\":{}}")
                        .send());
        String theirFlow = "arn:aws:mediaconnect:us-east-1:" + SECOND + ":flow:1-abc:x";
        check(
                "mc their flow",
                Shape.MEDIACONNECT,
                OWNER,
                theirFlow,
                signedFor("mediaconnect", "GET", "/v1/flows/" + theirFlow.replace(":", "%3A"))
                        .send());

        // the services that came later: Secrets Manager (awsJson1.1), MediaPackage VOD and MediaTailor (restJson1)
        for (String[] probe : new String[][] {
            {"GetSecretValue", "{\"SecretId\":\"" + MARK + "\"}"},
            {"GetSecretValue", "{\"SecretId\":{}}"},
            {"GetSecretValue", "{\"SecretId\":"},
            {"CreateSecret", "{\"Name\":5}"},
            {MARK, "{}"}
        }) {
            check(
                    "secrets " + probe[0] + " " + probe[1],
                    Shape.SECRETS_MANAGER,
                    OWNER,
                    probe[1] + probe[0],
                    signedFor("secretsmanager", "POST", "/")
                            .header("X-Amz-Target", "secretsmanager." + probe[0])
                            .header("Content-Type", "application/x-amz-json-1.1")
                            .body(probe[1])
                            .send());
        }
        check(
                "secrets unsigned payload",
                Shape.SECRETS_MANAGER,
                OWNER,
                "",
                signedFor("secretsmanager", "POST", "/")
                        .header("X-Amz-Target", "secretsmanager.ListSecrets")
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .payloadHash("UNSIGNED-PAYLOAD")
                        .body("{}")
                        .send());
        check(
                "vod missing group",
                Shape.MEDIAPACKAGE_VOD,
                OWNER,
                "",
                signedFor("mediapackage-vod", "GET", "/packaging_groups/nope").send());
        check(
                "vod bad body",
                Shape.MEDIAPACKAGE_VOD,
                OWNER,
                "",
                signedFor("mediapackage-vod", "POST", "/packaging_groups")
                        .header("Content-Type", "application/json")
                        .body("{\"id\":{}}")
                        .send());
        check(
                "vod invented region",
                Shape.MEDIAPACKAGE_VOD,
                OWNER,
                MARK,
                RawSigV4.request(server.endpoint(), "GET", "/packaging_groups")
                        .scope(MARK, "mediapackage-vod")
                        .send());
        check(
                "tailor missing configuration",
                Shape.MEDIATAILOR,
                OWNER,
                "",
                signedFor("mediatailor", "GET", "/playbackConfiguration/nope").send());
        check(
                "tailor bad body",
                Shape.MEDIATAILOR,
                OWNER,
                "",
                signedFor("mediatailor", "PUT", "/playbackConfiguration")
                        .header("Content-Type", "application/json")
                        .body("{\"Name\":[1]}")
                        .send());

        // a port another account's flow holds: refused, without telling of that flow
        String flow = "{\"name\":\"%s\",\"source\":{\"name\":\"s\",\"protocol\":\"rtp\",\"ingestPort\":27400,"
                + "\"whitelistCidr\":\"127.0.0.0/8\"}}";
        var held = signedFor("mediaconnect", "POST", "/v1/flows")
                .as(SECOND_KEY, "leak-second-secret")
                .header("Content-Type", "application/json")
                .body(flow.formatted("holder"))
                .send();
        assertEquals(201, held.statusCode(), held.body());
        var taken = signedFor("mediaconnect", "POST", "/v1/flows")
                .header("Content-Type", "application/json")
                .body(flow.formatted("squatter"))
                .send();
        if (taken.statusCode() >= 400) { // (a server that checks ports only when flows run answers 201 here)
            check("mc port of another account", Shape.MEDIACONNECT, OWNER, "", taken);
            if (taken.body().contains("another flow")) {
                failures.add("tells of another account's flow: " + taken.body());
            }
        }

        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theUnsignedHintNamesTestTestOnlyWhileTheDefaultKeyIsInForce() throws Exception {
        Path credentials = Files.createTempFile("creds", ".txt");
        Files.writeString(credentials, "test replaced-secret 333344445555\n");
        try (TestServer replaced = TestServer.start(Duration.ofSeconds(5), credentials)) {
            HttpResponse<String> r = RawSigV4.unsignedMediaStore(replaced.endpoint(), "ListContainers");
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(!r.body().contains("secret 'test'") && !r.body().contains("333344445555"), r.body());
            HttpResponse<String> wrong = RawSigV4.mediaStore(replaced.endpoint(), "ListContainers", "{}")
                    .send();
            assertEquals(403, wrong.statusCode(), wrong.body());
            assertTrue(!wrong.body().contains("333344445555") && !wrong.body().contains("secret 'test'"), wrong.body());
        } finally {
            Files.delete(credentials);
        }
    }

    /** A PUT written by hand (what HTTP clients will not send), answered as the raw response text. */
    private static String rawPut(String path, java.util.Map<String, String> headers, String lengthHeader, String body)
            throws Exception {
        try (Socket s =
                new Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            StringBuilder head = new StringBuilder(
                    "PUT " + path + " HTTP/1.1\r\nHost: " + server.endpoint().getAuthority() + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            out.write((head + lengthHeader + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String raw) {
        return Integer.parseInt(raw.substring(9, 12));
    }

    private static String code(String raw) {
        Matcher m = Pattern.compile("(?im)^x-amzn-ErrorType: *(\\S+)").matcher(raw);
        return m.find() ? m.group(1) : null;
    }

    private static String body(String raw) {
        int at = raw.indexOf("\r\n\r\n");
        return at < 0 ? "" : raw.substring(at + 4);
    }
}
