package io.mediaplane.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediaplane.support.TestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 4, client compatibility: starts the real server and runs the Python suite in
 * {@code compat/} (boto3 and the AWS CLI against every MediaStore, MediaConnect and Secrets Manager
 * operation) with
 * {@code python3 -m pytest compat}. Fails when pytest fails; skipped when python3, boto3, pytest
 * or the {@code aws} CLI is not installed.
 *
 * <p>System properties: {@code mediaplane.compat.markers} passes a pytest {@code -m} expression
 * (e.g. {@code "not sigv4"} while the server's SigV4 verifier is a placeholder);
 * {@code mediaplane.compat.python} names the Python interpreter (default {@code python3}).
 */
class ClientCompatibilityIT {
    /** Every AWS CLI call is a Python process of its own: on a loaded two-core machine the suite needs long. */
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private static final String SECOND_ACCESS_KEY = "AKIDCOMPATSECOND0001";
    private static final String SECOND_SECRET_KEY = "compat-second-secret";
    private static final String SECOND_ACCOUNT = "111122223333";
    /** pytest's short summary: failed/errored tests and the final count line. */
    private static final Pattern SUMMARY = Pattern.compile("^(FAILED|ERROR|XPASS)\\b|\\d+ \\w+ in [0-9.]+s\\b");

    @Test
    void boto3AndAwsCliAgreeWithTheServer(@TempDir Path tmp) throws Exception {
        Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path suite = project.resolve("compat");
        assumeTrue(Files.isRegularFile(suite.resolve("conftest.py")), "no compat/ suite under " + project);
        String python = System.getProperty("mediaplane.compat.python", "python3");
        assumeTrue(
                succeeds(List.of(python, "-c", "import boto3, botocore, pytest")),
                "skipped: needs " + python + " with boto3 and pytest (pip install boto3 pytest)");
        assumeTrue(succeeds(List.of("aws", "--version")), "skipped: needs the AWS CLI ('aws') on PATH");

        Path credentials = tmp.resolve("credentials");
        Files.writeString(
                credentials,
                "# second account for the cross-account tests\n" + SECOND_ACCESS_KEY + " " + SECOND_SECRET_KEY + " "
                        + SECOND_ACCOUNT + "\n");

        // the tests count containers in regions of their own, <random>-compat-1
        try (TestServer server =
                TestServer.start(Duration.ofMillis(100), credentials, c -> c.withRegions(List.of("*-compat-1")))) {
            List<String> command =
                    new ArrayList<>(List.of(python, "-m", "pytest", "compat", "-q", "-p", "no:cacheprovider"));
            String markers = System.getProperty("mediaplane.compat.markers", "");
            if (!markers.isBlank()) {
                command.addAll(List.of("-m", markers));
            }
            ProcessBuilder pb =
                    new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.put("MEDIAPLANE_ENDPOINT", server.endpoint().toString());
            env.put("MEDIAPLANE_SECOND_ACCESS_KEY", SECOND_ACCESS_KEY);
            env.put("MEDIAPLANE_SECOND_SECRET_KEY", SECOND_SECRET_KEY);
            env.put("MEDIAPLANE_SECOND_ACCOUNT", SECOND_ACCOUNT);
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            env.put("PYTHONUNBUFFERED", "1");
            System.out.println("[compat] "
                    + String.join(
                            " ",
                            command.stream()
                                    .map(a -> a.contains(" ") ? "'" + a + "'" : a)
                                    .toList())
                    + "  (MEDIAPLANE_ENDPOINT=" + server.endpoint() + ")");

            Process pytest = pb.start();
            List<String> summary = new ArrayList<>();
            Thread pump = Thread.ofPlatform()
                    .daemon()
                    .name("compat-pytest-output")
                    .start(() -> {
                        try (BufferedReader out = new BufferedReader(
                                new InputStreamReader(pytest.getInputStream(), StandardCharsets.UTF_8))) {
                            for (String line; (line = out.readLine()) != null; ) {
                                System.out.println("[pytest] " + line);
                                if (SUMMARY.matcher(line).find()) {
                                    synchronized (summary) {
                                        summary.add(line);
                                    }
                                }
                            }
                        } catch (IOException e) {
                            System.out.println("[compat] pytest output ended: " + e.getMessage());
                        }
                    });
            if (!pytest.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                pytest.descendants().forEach(ProcessHandle::destroyForcibly);
                pytest.destroyForcibly();
                fail("the compat suite did not finish within " + TIMEOUT);
            }
            pump.join(TimeUnit.SECONDS.toMillis(10));
            String outcome;
            synchronized (summary) {
                outcome = String.join("\n", summary);
            }
            assertEquals(
                    0,
                    pytest.exitValue(),
                    "pytest compat failed (exit " + pytest.exitValue()
                            + "); its full output is in the test log ([pytest] lines).\n" + outcome);
        }
    }

    /** Whether the command runs and exits 0 within a minute. */
    private static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(1, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
