package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node of the application: the packaged jar started as the e2e journeys start it (profile
 * mysql, MYSQL_URL, demo data, a free PORT), with only the portal's per-client limits raised, as the
 * load comes from one address. Unlike the benchmarks' AppProcess it can be killed with SIGKILL.
 * Always stopped on {@link #close()} and by a shutdown hook.
 */
final class Node implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    /** The portal throttles count per client address; all of the suite's load comes from 127.0.0.1. */
    static final List<String> LOAD_ARGS = List.of(
            "--jianfu.clue.throttle.submissions-per-hour=10000000",
            "--jianfu.clue.throttle.lookups-per-10-minutes=10000000");

    private final String name;
    private final Process process;
    private final URI base;
    private final Path log;
    private final Thread killer;
    private volatile boolean killed;

    private Node(String name, Process process, URI base, Path log) {
        this.name = name;
        this.process = process;
        this.base = base;
        this.log = log;
        this.killer = new Thread(process::destroyForcibly, "kill-faults-" + name);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts the jar on {@code db}; {@link #awaitHealthy()} waits until it answers its health check. */
    static Node start(String name, Path jar, Database db, Path work, String xmx) {
        return start(name, jar, db.appUrl(), db, work, xmx);
    }

    /** Starts the jar with the JDBC URL {@code url} (a cluster's failover URL), as user {@code db.user()}. */
    static Node start(String name, Path jar, String url, Database db, Path work, String xmx) {
        if (!Files.isRegularFile(jar)) {
            throw new BenchFailure(jar + " is missing: build it first (see bench/README.md)");
        }
        try {
            Files.createDirectories(work);
            int port = freePort();
            Path log = work.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + xmx,
                    "-jar",
                    jar.toString(),
                    "--spring.profiles.active=mysql",
                    "--jianfu.attachments.dir=" + work.resolve("attachments")));
            command.addAll(LOAD_ARGS);
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment()
                    .putAll(Map.of(
                            "PORT", String.valueOf(port),
                            "MYSQL_URL", url,
                            "MYSQL_USER", db.user(),
                            "MYSQL_PASS", db.password(),
                            "JIANFU_DEMO_DATA", "true"));
            Node node = new Node(name, builder.start(), URI.create("http://127.0.0.1:" + port), log);
            return node;
        } catch (IOException e) {
            throw new BenchFailure("cannot start " + jar, e);
        }
    }

    String name() {
        return name;
    }

    URI base() {
        return base;
    }

    boolean alive() {
        return !killed && process.isAlive();
    }

    /** Waits until the node answers its health check (the demo data may still be loading). */
    Node awaitHealthy() {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new BenchFailure(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchFailure("interrupted while waiting for " + name, e);
            }
            Pause.millis(500);
        }
        throw new BenchFailure(name + " did not become healthy within " + START_TIMEOUT + "; see " + log);
    }

    /** kill -9: no shutdown hook of the app runs, its locks and connections are simply gone. */
    void kill9() {
        killed = true;
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, up to 30 s for a clean stop, then SIGKILL. */
    @Override
    public void close() {
        killed = true;
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
