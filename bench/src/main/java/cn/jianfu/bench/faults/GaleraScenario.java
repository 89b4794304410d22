package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * e. One Galera node killed under load: a three-node cluster ({@link GaleraCluster}), two app nodes
 * on it with Connector/J's failover URL (both write through node 1, the next node takes over when
 * it fails), portal and chain load spread over both app nodes. Node 1 — the one taking the writes —
 * is killed with SIGKILL; the load goes on through node 2; node 1 is started again under load and
 * rejoins; then every acknowledged write is reconciled, and every table that matters is compared
 * across the three nodes.
 */
final class GaleraScenario {

    /** Tables whose rows must be the same on every node once the cluster is quiet. */
    private static final List<String> COMPARED = List.of(
            "clue",
            "admission_application",
            "admission_item",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_HI_PROCINST",
            "idempotent_request");

    private static final int CODES = 25;

    private final FaultConfig config;

    GaleraScenario(FaultConfig config) {
        this.config = config;
    }

    Outcome galeraNodeKill(GaleraCluster cluster, Rig rig, String tag) {
        Outcome o = new Outcome(
                "e",
                config.galeraWriters() > 1
                        ? "kill -9 of a Galera node taking writes (3-node cluster, two app nodes writing through"
                                + " nodes 1 and 2)"
                        : "kill -9 of the Galera node taking the writes (3-node cluster, two app nodes)");
        PortalLoad portal = rig.portalLoad(tag, config.portalWorkers(), 0);
        ChainLoad chain = rig.chainLoad(tag, config.chainWorkers());
        portal.start();
        chain.start();
        Pause.seconds(config.loadSeconds());
        int acknowledgedBefore = portal.receipts().size() + chain.chains().size();
        long killedAt = System.nanoTime();
        cluster.kill9(1);
        double firstOk = Measures.firstOkAfter(killedAt, portal, chain, 120);
        Pause.seconds(config.loadSeconds());
        String survivors = "node 2: " + cluster.state(2) + "; node 3: " + cluster.state(3);
        long rejoinAt = System.nanoTime();
        cluster.rejoin(1, Duration.ofMinutes(5));
        double rejoined = (System.nanoTime() - rejoinAt) / 1e9;
        // the app's connections go back to node 1 (secondsBeforeRetrySource): writes through two nodes a while
        Pause.seconds(config.loadSeconds());
        portal.stopAndDrain();
        chain.stopAndDrain();
        Reconciliation r = rig.reconciliation();
        o.counts.add(r.portal(portal, rig.portal(), CODES));
        o.counts.add(r.chain(chain));
        List<String> conflicts = conflictLines(rig);
        rig.close(); // quiet: no job, tally or session write while the nodes are compared
        String compared = compareNodes(cluster, rig.db.name(), o.counts);
        List<Attempts.Attempt> after = Measures.both(portal, chain, killedAt, Long.MAX_VALUE);
        List<Attempts.Attempt> bad = after.stream()
                .filter(a -> a.millis() > Scenarios.FROZEN_LIMIT_SECONDS * 1000
                        || a.status() < 0
                        || (a.status() >= 500 && a.status() != 503))
                .toList();
        o.badAnswers = bad.size();
        bad.stream().limit(5).forEach(a -> o.notes.add("bad answer: " + a));
        List<Attempts.Attempt> firstTen =
                Measures.both(portal, chain, killedAt, killedAt + TimeUnit.SECONDS.toNanos(10));
        o.recovery.add(String.format(
                Locale.ROOT,
                "first 2xx %.1f s after the kill; answers in the 10 s after it: %s, slowest %.1f s",
                firstOk,
                Attempts.statuses(firstTen),
                Attempts.maxSeconds(firstTen)));
        o.recovery.add(String.format(
                Locale.ROOT,
                "node 1 started again under load: synced %.1f s later, by %s",
                rejoined,
                cluster.lastTransfer(1)));
        o.notes.add(acknowledgedBefore + " writes acknowledged before the kill; "
                + portal.receipts().size() + " receipts, " + chain.chains().size()
                + " applications in all; after the kill " + survivors);
        o.notes.add("answers: portal " + Attempts.statuses(portal.attempts().snapshot()) + "; chain "
                + Attempts.statuses(chain.attempts().snapshot()));
        o.notes.add(conflicts.size() + " write conflicts retried by the app nodes"
                + (conflicts.isEmpty() ? "" : ", e.g. " + conflicts.get(0)));
        long dropped = Measures.both(portal, chain, 0, Long.MAX_VALUE).stream()
                .filter(a -> a.status() == Client.NO_CONNECTION)
                .count();
        o.notes.add(compared);
        o.notes.add(dropped + " requests found their HTTP connection closed (status 0; no app node was stopped),"
                + " and were sent again");
        return o;
    }

    /** The app nodes' log lines of write conflicts run again (WriteConflictRetry) or given up (busy). */
    private static List<String> conflictLines(Rig rig) {
        List<String> lines = new ArrayList<>();
        for (Node node : rig.nodes) {
            Path log = rig.work().resolve(node.name() + ".log");
            try (var all = Files.lines(log)) {
                all.filter(l -> l.contains("write conflict"))
                        .map(l -> l.substring(Math.max(0, l.indexOf("write conflict"))))
                        .forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                lines.add("(cannot read " + log + ")");
            }
        }
        return lines;
    }

    /** CHECKSUM TABLE of each compared table on each node: any difference is an inconsistency. */
    private static String compareNodes(GaleraCluster cluster, String dbName, Counts counts) {
        List<List<Long>> sums = new ArrayList<>();
        for (int i = 1; i <= GaleraCluster.SIZE; i++) {
            List<Long> node = new ArrayList<>();
            try (Connection c = cluster.database(i, dbName).connect();
                    Statement s = c.createStatement()) {
                for (String table : COMPARED) {
                    // a read first: wsrep_sync_wait makes it wait until the node applied everything before it
                    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        r.next();
                    }
                    try (ResultSet r = s.executeQuery("CHECKSUM TABLE " + table)) {
                        r.next();
                        node.add(r.getLong(2));
                    }
                }
            } catch (SQLException e) {
                throw new BenchFailure("cannot compare Galera node " + i, e);
            }
            sums.add(node);
        }
        for (int t = 0; t < COMPARED.size(); t++) {
            long first = sums.get(0).get(t);
            for (int i = 1; i < sums.size(); i++) {
                if (sums.get(i).get(t) != first) {
                    counts.inconsistent(COMPARED.get(t) + " differs between node 1 and node " + (i + 1));
                }
            }
        }
        return COMPARED.size() + " tables compared on the three nodes afterwards (CHECKSUM TABLE): "
                + (sums.stream().distinct().count() == 1 ? "identical" : "different");
    }
}
