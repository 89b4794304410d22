package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the suite's own: its own data directory under bench/target, a free port on
 * loopback, root with an empty password. The database faults (kill -9, SIGSTOP) are done to this
 * server only, never to the machine's shared one. Stopped (continued first, should it be frozen)
 * on {@link #close()} and by a shutdown hook, so a failed run leaves no server behind.
 */
final class PrivateMariaDb implements AutoCloseable {

    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");

    private final Path dir;
    private final int port;
    private final Thread killer;
    private Process process;

    private PrivateMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.killer = new Thread(this::killQuietly, "kill-faults-mariadbd");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Creates a fresh data directory in {@code dir} and starts the server on a free port. */
    static PrivateMariaDb start(Path dir) {
        if (!Files.isExecutable(MARIADBD)) {
            throw new BenchFailure(MARIADBD + " is missing: apt-get install -y mariadb-server");
        }
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            Process install = new ProcessBuilder(
                            "mariadb-install-db",
                            "--no-defaults",
                            "--datadir=" + dir.resolve("data"),
                            "--user=" + System.getProperty("user.name"),
                            "--auth-root-authentication-method=normal")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("install.log").toFile())
                    .start();
            if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new BenchFailure("mariadb-install-db failed; see " + dir.resolve("install.log"));
            }
            PrivateMariaDb db = new PrivateMariaDb(dir, freePort());
            db.launch();
            return db;
        } catch (IOException e) {
            throw new BenchFailure("cannot create a MariaDB data directory in " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** A database on this server, named {@code name}. */
    Database database(String name) {
        return new Database("127.0.0.1", String.valueOf(port), "root", "", name);
    }

    /** kill -9: the server dies at once, without flushing anything. */
    void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the server again on the same data directory and port (InnoDB recovers its log). */
    void restart() {
        if (process.isAlive()) {
            throw new BenchFailure("the private MariaDB is still running");
        }
        launch();
    }

    /** SIGSTOP: the server holds every connection open and answers nothing. */
    void freeze() {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze()}. */
    void thaw() {
        signal("CONT");
    }

    @Override
    public void close() {
        killQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(List.of(
                            MARIADBD.toString(),
                            "--no-defaults",
                            "--datadir=" + dir.resolve("data"),
                            "--port=" + port,
                            "--bind-address=127.0.0.1",
                            "--socket=" + dir.resolve("mariadb.sock"),
                            "--pid-file=" + dir.resolve("mariadb.pid"),
                            "--log-error=" + dir.resolve("error.log"),
                            "--user=" + System.getProperty("user.name"),
                            "--character-set-server=utf8mb4",
                            "--collation-server=utf8mb4_unicode_ci",
                            "--innodb-buffer-pool-size=256M",
                            "--max-connections=400"))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new BenchFailure("cannot start " + MARIADBD, e);
        }
        awaitReady(Duration.ofMinutes(2));
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new BenchFailure("the private MariaDB exited; see " + dir.resolve("error.log"));
            }
            try (Connection c = DriverManager.getConnection(
                    "jdbc:mysql://127.0.0.1:" + port
                            + "/?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=2000",
                    "root",
                    "")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            Pause.millis(200);
        }
        throw new BenchFailure("the private MariaDB did not accept connections within " + timeout, last);
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new BenchFailure("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new BenchFailure("cannot run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    private void killQuietly() {
        if (process != null && process.isAlive()) {
            try {
                // a frozen process does not die of SIGTERM until continued; SIGKILL works either way
                signal("CONT");
            } catch (RuntimeException ignored) {
                // it is killed below anyway
            }
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
