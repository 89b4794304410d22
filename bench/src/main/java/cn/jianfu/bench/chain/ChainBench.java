package cn.jianfu.bench.chain;

import cn.jianfu.bench.AppProcess;
import cn.jianfu.bench.BenchConfig;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.ClosedLoop;
import cn.jianfu.bench.CommitLimit;
import cn.jianfu.bench.Database;
import cn.jianfu.bench.Machine;
import cn.jianfu.bench.MeasuredRun;
import cn.jianfu.bench.ServerCounters;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The admission chain (apply → review → approve) through Jianfu's API against the same
 * {@code bpmn/admission.bpmn} in a stock Spring Boot + engine-rest app (the peer,
 * cn.jianfu.bench.peer), both on MariaDB, interleaved in one run: Jianfu at concurrency 1, the peer
 * at 1, Jianfu at 8, the peer at 8, then 32. Each line: chains per second, per-step p50/p99, SQL
 * statements and commits per chain from the server's counters (only that side works meanwhile),
 * the app's RSS and heap under load; plus start-up times and a raw JDBC commit loop as the
 * machine's limit. Slow figures are reported; only errors (a refused call, a chain not admitted)
 * fail the run.
 */
public final class ChainBench {

    private static final double IDLE_SECONDS = 10;

    private ChainBench() {}

    public static void main(String[] args) {
        try {
            run(BenchConfig.fromSystem());
        } catch (BenchFailure e) {
            System.err.println("\nBENCHMARK FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(BenchConfig config) {
        int chains = BenchConfig.intProperty("bench.chains", 60);
        ChainTable table = new ChainTable(BenchConfig.countyNow().toLocalDate().toString());
        table.fact("machine", Machine.cores() + " cores, " + Machine.memory() + ", " + Machine.os());
        table.fact("load average before (1/5/15 min)", Machine.loadAverage());
        table.fact("Java", Machine.java() + ", each app -Xmx" + config.appXmx());
        Database jianfuDb = config.db();
        Database peerDb = Database.fromEnvironment(jianfuDb.name() + "_peer");
        Database limitDb = Database.fromEnvironment(jianfuDb.name() + "_limit");
        limitDb.recreate();
        jianfuDb.recreate();
        peerDb.recreate();
        table.fact(
                "database", jianfuDb.version() + "; Jianfu on " + jianfuDb.name() + ", the peer on " + peerDb.name());

        say("raw JDBC insert-and-commit loop (the machine's limit) …");
        double limit1 = CommitLimit.commitsPerSecond(limitDb, 1, 5);
        double limit8 = CommitLimit.commitsPerSecond(limitDb, 8, 5);
        table.fact(
                "raw JDBC insert + commit, the machine's limit",
                String.format(Locale.ROOT, "%.0f commits/s on 1 connection, %.0f on 8", limit1, limit8));

        Path work = config.work("chain");
        say("starting Jianfu (log: " + work.resolve("jianfu.log") + ") …");
        try (AppProcess jianfu = AppProcess.start(config, jianfuDb, work.resolve("jianfu.log"), List.of());
                AppProcess peer = startPeer(config, peerDb, work.resolve("peer.log"))) {
            table.fact(
                    "start-up, process start to healthy, empty database (schema created; Jianfu also loads its demo county)",
                    String.format(
                            Locale.ROOT,
                            "Jianfu %.1f s, peer %.1f s",
                            jianfu.startup().toMillis() / 1000.0,
                            peer.startup().toMillis() / 1000.0));
            String runTag = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
            List<Side> sides = List.of(new JianfuSide(jianfu, jianfuDb, runTag), new PeerSide(peer, peerDb));

            awaitDemoTallies(jianfuDb);
            measure(config, table, jianfuDb, sides, chains);
        }
        table.fact("load average after (1/5/15 min)", Machine.loadAverage());
        table.notes(chains);
        table.publish(config.results().resolve("chain-latest.md"));
    }

    /** The idle rate, the warm-up, the interleaved lines, and the check that every chain ended admitted. */
    private static void measure(BenchConfig config, ChainTable table, Database server, List<Side> sides, int chains) {
        ServerCounters idleBefore = ServerCounters.read(server);
        pause(IDLE_SECONDS);
        ServerCounters idle = ServerCounters.read(server).since(idleBefore);
        table.fact(
                "both apps idle (job executors polling), server-wide",
                String.format(
                        Locale.ROOT,
                        "%.1f statements/s, %.1f commits/s — included in every line's counts",
                        idle.statements() / IDLE_SECONDS,
                        idle.commits() / IDLE_SECONDS));

        // chains each side has run so far: the next chain's number, and what it must show admitted
        Map<Side, Integer> done = new HashMap<>();
        for (Side side : sides) {
            int warmup = Math.max(8, config.warmup());
            say("warming up " + side.name() + " with " + warmup + " chains …");
            StepTimes ignored = new StepTimes(side.steps());
            ClosedLoop.run(warmup, 4, i -> side.chain(i, ignored), () -> {});
            done.put(side, warmup);
        }
        for (int c : concurrencies()) {
            int n = Math.max(chains, 4 * c);
            for (Side side : sides) {
                StepTimes times = new StepTimes(side.steps());
                int from = done.get(side);
                say(side.name() + ": " + n + " chains at concurrency " + c + " …");
                long refusedBefore = side.refusals();
                MeasuredRun run = MeasuredRun.of(server, side.pid(), n, c, i -> side.chain(from + i, times));
                done.merge(side, n, Integer::sum);
                table.line(side.name(), run, times.summary(), side.refusals() - refusedBefore);
                say(String.format(
                        Locale.ROOT,
                        "%s c%d: %.2f chains/s, %.0f statements and %.1f commits per chain, RSS %d MiB",
                        side.name(),
                        c,
                        run.perSecond(),
                        run.statementsPer(),
                        run.commitsPer(),
                        run.rssMaxMib()));
            }
        }
        for (Side side : sides) {
            side.checkAdmitted(done.get(side));
        }
        table.fact(
                "chains run and found admitted afterwards",
                sides.stream()
                        .map(s -> s.name() + " " + done.get(s) + " (warm-up included)")
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""));
    }

    /** The peer in its own JVM, from this module's classpath, with the repository's BPMN file. */
    private static AppProcess startPeer(BenchConfig config, Database db, Path log) {
        say("starting the peer (log: " + log + ") …");
        int port = AppProcess.freePort();
        List<String> command = new ArrayList<>(List.of(
                AppProcess.java(),
                "-Xmx" + config.appXmx(),
                "-cp",
                System.getProperty("java.class.path"),
                "cn.jianfu.bench.peer.PeerApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + db.appUrl(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--peer.bpmn=" + config.root().resolve("bpmn/admission.bpmn")));
        return AppProcess.launch(command, Map.of(), log, port, "/engine-rest/process-definition/key/admission");
    }

    /** -Dbench.concurrency, a comma-separated list: 1,8,32 unless given. */
    static int[] concurrencies() {
        String given = System.getProperty("bench.concurrency", "1,8,32");
        return Arrays.stream(given.split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    /**
     * The demo county's clues are summed into daily tallies in the background after the first
     * start (monitor/ClueTallies); waits until that is done, so its statements are not counted as
     * the chains'.
     */
    private static void awaitDemoTallies(Database db) {
        say("waiting for the demo's clue tallies to be summed …");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (java.sql.Connection c = db.connect();
                    java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet r = s.executeQuery("SELECT COUNT(*) FROM clue_tally_stale")) {
                r.next();
                if (r.getLong(1) == 0) {
                    return;
                }
            } catch (java.sql.SQLException e) {
                throw new BenchFailure("cannot read clue_tally_stale: " + e.getMessage(), e);
            }
            pause(1);
        }
        throw new BenchFailure("the demo's clue tallies were still being summed after 5 minutes");
    }

    private static void pause(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    static void say(String line) {
        System.out.println(
                "[" + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime() + "] " + line);
    }
}
