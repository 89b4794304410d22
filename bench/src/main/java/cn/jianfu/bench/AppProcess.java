package cn.jianfu.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar started the way the e2e journeys start it (e2e/support/app.mjs): profile mysql,
 * env MYSQL_URL/MYSQL_USER/MYSQL_PASS, demo data, a free PORT; its output goes to a log file. It is
 * stopped on {@link #close()} and, should the benchmark die first, by a shutdown hook: a benchmark
 * never leaves the app running.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final URI base;
    private final Path log;
    private final Thread killer;
    private Duration startup;

    private AppProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.killer = new Thread(process::destroyForcibly, "kill-jianfu-app");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts the jar with the demo data on {@code db} and waits until it answers its health check. */
    public static AppProcess start(BenchConfig config, Path log, List<String> extraArgs) {
        return start(config, config.db(), log, extraArgs);
    }

    /** Starts the jar with the demo data on {@code db} and waits until it answers its health check. */
    public static AppProcess start(BenchConfig config, Database db, Path log, List<String> extraArgs) {
        Path jar = config.jar();
        if (!Files.isRegularFile(jar)) {
            throw new BenchFailure(
                    jar + " is missing: build it first with "
                            + "mvn -B -q -pl frontend,backend -DskipTests -Dcheckstyle.skip -Dspotless.check.skip=true package");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xmx" + config.appXmx(),
                "-jar",
                jar.toString(),
                "--spring.profiles.active=mysql",
                "--jianfu.attachments.dir=" + log.getParent().resolve("attachments")));
        command.addAll(extraArgs);
        return launch(
                command,
                Map.of(
                        "PORT", String.valueOf(port),
                        "MYSQL_URL", db.appUrl(),
                        "MYSQL_USER", db.user(),
                        "MYSQL_PASS", db.password(),
                        "JIANFU_DEMO_DATA", "true"),
                log,
                port,
                "/actuator/health");
    }

    /**
     * Starts {@code command} (with {@code env} added to this JVM's environment), its output going to
     * {@code log}, and waits until GET {@code healthPath} on {@code port} answers 200.
     */
    public static AppProcess launch(
            List<String> command, Map<String, String> env, Path log, int port, String healthPath) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            long started = System.nanoTime();
            AppProcess app = new AppProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
            try {
                app.awaitHealthy(healthPath);
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            app.startup = Duration.ofNanos(System.nanoTime() - started);
            return app;
        } catch (IOException e) {
            throw new BenchFailure("cannot start " + command, e);
        }
    }

    /** The java executable that runs the benchmark; the apps are started with the same one. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The operating system's process id, for its memory figures ({@link ProcessMemory}). */
    public long pid() {
        return process.pid();
    }

    public URI base() {
        return base;
    }

    /** From process start to the first healthy answer. */
    public Duration startup() {
        return startup;
    }

    /** Waits for a line of the app's log matching {@code pattern}; answers its match. */
    public Matcher awaitLog(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            try {
                Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m;
                }
            } catch (IOException e) {
                // not readable yet (or a half-written multi-byte character): try again
            }
            pause(200);
        }
        throw new BenchFailure("no line matching " + pattern + " in " + log + " within " + timeout);
    }

    private void awaitHealthy(String healthPath) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve(healthPath))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchFailure("interrupted while waiting for the app", e);
            }
            pause(500);
        }
        throw new BenchFailure("the app did not become healthy within " + START_TIMEOUT + "; see " + log);
    }

    private void checkAlive() {
        if (!process.isAlive()) {
            throw new BenchFailure("the app exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** SIGTERM, up to 30 s for a clean stop, then SIGKILL. */
    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException ignored) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BenchFailure("no free port", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }
}
