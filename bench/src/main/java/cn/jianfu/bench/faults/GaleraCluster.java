package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A three-node MariaDB Galera cluster of the suite's own (Debian's galera-4), on loopback: client
 * ports 4406-4408, group communication 4567-4569, incremental state transfer 4577-4579, full state
 * transfer (rsync) 4587-4589. Each node has its own data directory under bench/target; node 1 is
 * created with mariadb-install-db and bootstraps the cluster, nodes 2 and 3 join it and receive its
 * data by rsync. The server settings are in {@link GaleraSettings}. Like {@link PrivateMariaDb},
 * every node is stopped on {@link #close()} and by a shutdown hook.
 */
final class GaleraCluster implements AutoCloseable {

    static final int SIZE = 3;
    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final int CLIENT_PORT = 4406;

    private final Path dir;
    private final String user;
    private final Process[] processes = new Process[SIZE];
    private final Thread killer;

    private GaleraCluster(Path dir, String user) {
        this.dir = dir;
        this.user = user;
        this.killer = new Thread(this::killAll, "kill-galera-nodes");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** A fresh cluster in {@code dir}: node 1 bootstrapped, then nodes 2 and 3 joined, all synced. */
    static GaleraCluster start(Path dir) {
        for (Path needed : List.of(MARIADBD, PROVIDER, Path.of("/usr/bin/rsync"))) {
            if (!Files.exists(needed)) {
                throw new BenchFailure(needed + " is missing: apt-get install -y mariadb-server galera-4 rsync");
            }
        }
        // as root, mariadbd and its rsync state transfer run as mysql (rsync's daemon would write as nobody)
        String user = "root".equals(System.getProperty("user.name")) ? "mysql" : System.getProperty("user.name");
        GaleraCluster cluster = new GaleraCluster(dir, user);
        try {
            PrivateMariaDb.deleteTree(dir);
            for (int i = 1; i <= SIZE; i++) {
                Files.createDirectories(cluster.node(i).resolve("data"));
            }
            cluster.own(dir);
            cluster.install(1);
            cluster.launch(1, true);
            cluster.awaitSynced(1, Duration.ofMinutes(2));
            for (int i = 2; i <= SIZE; i++) {
                cluster.launch(i, false);
                cluster.awaitSynced(i, Duration.ofMinutes(3));
            }
            return cluster;
        } catch (IOException e) {
            cluster.close();
            throw new BenchFailure("cannot prepare the Galera nodes' directories in " + dir, e);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** A database on node {@code i} (1-3), for the suite's own look at it. */
    Database database(int i, String name) {
        return new Database("127.0.0.1", String.valueOf(port(i)), "root", "", name);
    }

    /**
     * What the application is started with: Connector/J's failover URL over the three nodes, the
     * client configuration Camunda supports on Galera (one node takes the writes; when it fails,
     * the next one does). failOverReadOnly=false: Connector/J would otherwise make the connection to
     * a secondary read-only. Node {@code first} is listed first, then the others in turn.
     */
    String appUrl(String name, int first) {
        String hosts = IntStream.range(0, SIZE)
                .mapToObj(k -> "127.0.0.1:" + port((first - 1 + k) % SIZE + 1))
                .collect(Collectors.joining(","));
        return "jdbc:mysql://" + hosts + "/" + name + "?" + Database.appOptions()
                + "&failOverReadOnly=false&retriesAllDown=2&secondsBeforeRetrySource=10";
    }

    static int port(int i) {
        return CLIENT_PORT + i - 1;
    }

    /** kill -9 of node {@code i}: it dies at once; the others keep the cluster (two of three are a quorum). */
    void kill9(int i) {
        Process p = processes[i - 1];
        p.destroyForcibly();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts node {@code i} again on its data directory; it rejoins and catches up. Answers when synced. */
    void rejoin(int i, Duration timeout) {
        if (processes[i - 1].isAlive()) {
            throw new BenchFailure("Galera node " + i + " is still running");
        }
        launch(i, recoveredPosition(i));
        awaitSynced(i, timeout);
    }

    /** "MariaDB Galera: 3 nodes, 10.11.x, provider 26.4.x (the suite's own, on loopback)". */
    String description() {
        try (Connection c = connect(2);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT VERSION(), (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                                + " WHERE VARIABLE_NAME = 'WSREP_PROVIDER_VERSION'), @@innodb_buffer_pool_size")) {
            r.next();
            return "MariaDB Galera cluster of " + SIZE + " nodes, " + r.getString(1) + ", galera-4 "
                    + r.getString(2) + ", buffer pool " + r.getLong(3) / (1024 * 1024)
                    + " MiB each (the suite's own, on loopback ports " + port(1) + "-" + port(SIZE) + ")";
        } catch (SQLException e) {
            return "MariaDB Galera cluster of " + SIZE + " nodes";
        }
    }

    /** The node's wsrep state ("Synced", "Joiner", …) and the cluster size it sees, or why it cannot say. */
    String state(int i) {
        try (Connection c = connect(i);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                        + " WHERE VARIABLE_NAME IN ('WSREP_LOCAL_STATE_COMMENT', 'WSREP_CLUSTER_SIZE')"
                        + " ORDER BY VARIABLE_NAME")) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values.size() == 2 ? values.get(1) + ", cluster of " + values.get(0) : "unknown";
        } catch (SQLException e) {
            return "down (" + e.getMessage() + ")";
        }
    }

    /** How node {@code i} joined the last time: incremental (IST) or full (SST) transfer. */
    String lastTransfer(int i) {
        return GaleraLogs.lastTransfer(node(i).resolve("error.log"));
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private Path node(int i) {
        return dir.resolve("n" + i);
    }

    private void install(int i) {
        run(
                List.of(
                        "mariadb-install-db",
                        "--no-defaults",
                        "--datadir=" + node(i).resolve("data"),
                        "--user=" + user,
                        "--auth-root-authentication-method=normal"),
                node(i).resolve("install.log"));
    }

    private void own(Path path) {
        if (!"mysql".equals(user)) {
            return;
        }
        run(List.of("chown", "-R", "mysql:mysql", path.toString()), dir.resolve("chown.log"));
    }

    private void launch(int i, boolean bootstrap) {
        launch(i, bootstrap ? List.of("--wsrep-new-cluster") : List.of());
    }

    private void launch(int i, List<String> extra) {
        List<String> command = command(i, "error.log");
        command.addAll(extra);
        try {
            processes[i - 1] = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            node(i).resolve("stdout.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new BenchFailure("cannot start Galera node " + i, e);
        }
    }

    private List<String> command(int i, String errorLog) {
        Path n = node(i);
        List<String> command = new ArrayList<>(List.of(
                MARIADBD.toString(),
                "--no-defaults",
                "--datadir=" + n.resolve("data"),
                "--port=" + port(i),
                "--bind-address=127.0.0.1",
                "--socket=" + n.resolve("mariadb.sock"),
                "--pid-file=" + n.resolve("mariadb.pid"),
                "--log-error=" + n.resolve(errorLog),
                "--user=" + user));
        command.addAll(GaleraSettings.server(i));
        return command;
    }

    /**
     * What Debian's galera_recovery does before a node that died is started again: mariadbd
     * --wsrep-recover reads the last committed position from InnoDB (a killed node's grastate.dat
     * does not have it), so that the node asks the cluster for the missing writes only (IST)
     * instead of a full copy (SST).
     */
    private List<String> recoveredPosition(int i) {
        List<String> command = command(i, "recover.log");
        command.add("--wsrep-recover");
        run(command, node(i).resolve("recover.stdout.log"));
        return GaleraLogs.recoveredPosition(node(i).resolve("recover.log"))
                .map(position -> List.of("--wsrep-start-position=" + position))
                .orElse(List.of());
    }

    private void awaitSynced(int i, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "not started";
        while (System.nanoTime() < deadline) {
            if (!processes[i - 1].isAlive()) {
                throw new BenchFailure("Galera node " + i + " exited; see " + node(i).resolve("error.log"));
            }
            last = state(i);
            if (last.startsWith("Synced")) {
                return;
            }
            Pause.millis(250);
        }
        throw new BenchFailure("Galera node " + i + " not synced within " + timeout + " (" + last + "); see "
                + node(i).resolve("error.log"));
    }

    private Connection connect(int i) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + port(i) + "/?useSSL=false&allowPublicKeyRetrieval=true"
                        + "&connectTimeout=2000&socketTimeout=10000",
                "root",
                "");
    }

    private static void run(List<String> command, Path log) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new BenchFailure(command.get(0) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new BenchFailure("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    private void killAll() {
        for (Process p : processes) {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
