package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Machine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fault suite: scenarios a (kill -9 of an app node), b (kill -9 of the database), c (database
 * frozen) and d (timers exactly once across nodes) against the packaged jar on a MariaDB server of
 * its own, and e (kill -9 of a Galera node) on a three-node Galera cluster of its own, each followed
 * by a reconciliation of every acknowledged write. Prints the table, writes it to
 * bench/results/faults-latest.md (e alone: galera-latest.md; the short CI version a and c:
 * bench/target/faults/faults-short.md)
 * and exits 1 when any count is not zero or a scenario could not run.
 */
public final class FaultSuite {

    private FaultSuite() {}

    public static void main(String[] args) {
        FaultConfig config = FaultConfig.fromSystem();
        long started = System.nanoTime();
        String loadBefore = Machine.loadAverage();
        List<Outcome> outcomes = new ArrayList<>();
        List<String> servers = new ArrayList<>();
        List<String> onOneServer =
                config.scenarios().stream().filter(id -> !"e".equals(id)).toList();
        if (config.shortRun() || !onOneServer.isEmpty()) {
            try (PrivateMariaDb server = PrivateMariaDb.start(config.work().resolve("mariadb"))) {
                servers.add(server.database("mysql").version() + " (the suite's own server on a free port)");
                Scenarios scenarios = new Scenarios(config);
                if (config.shortRun()) {
                    runShort(config, server, scenarios, outcomes);
                } else {
                    for (String id : onOneServer) {
                        outcomes.add(runOne(id, config, server, scenarios));
                    }
                }
            }
        }
        if (!config.shortRun() && config.scenarios().contains("e")) {
            outcomes.add(runGalera(config, servers));
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        String md = markdown(config, outcomes, String.join("; ", servers), loadBefore, minutes);
        Path file = config.shortRun()
                ? config.work().resolve("faults-short.md")
                : config.results()
                        .resolve(
                                !config.scenarios().equals(List.of("e"))
                                        ? "faults-latest.md"
                                        : config.galeraWriters() > 1
                                                ? "galera-two-writers-latest.md"
                                                : "galera-latest.md");
        System.out.println();
        System.out.println(md);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchFailure("cannot write " + file, e);
        }
        System.out.println("written to " + file);
        boolean clean = !outcomes.isEmpty() && outcomes.stream().allMatch(Outcome::clean);
        System.out.println(
                clean ? "FAULT SUITE PASSED" : "FAULT SUITE FAILED: a count is not zero or a scenario did not run");
        System.exit(clean ? 0 : 1);
    }

    /** The CI version: a, then c on the surviving node of the same pair (one start-up for both). */
    private static void runShort(
            FaultConfig config, PrivateMariaDb server, Scenarios scenarios, List<Outcome> outcomes) {
        try (Rig rig = Rig.start(server, "jf_faults_short", 2, config)) {
            outcomes.add(guarded("a", () -> scenarios.nodeKill(rig, "a")));
            outcomes.add(guarded("c", () -> scenarios.databaseFreeze(rig, "c")));
        } catch (RuntimeException e) {
            Outcome failed = new Outcome("a+c", "could not start");
            failed.error = String.valueOf(e);
            e.printStackTrace();
            outcomes.add(failed);
        }
    }

    private static Outcome runOne(String id, FaultConfig config, PrivateMariaDb server, Scenarios scenarios) {
        int nodes = "a".equals(id) || "d".equals(id) ? 2 : 1;
        try (Rig rig = Rig.start(server, "jf_faults_" + id, nodes, config)) {
            return guarded(id, () -> switch (id) {
                case "a" -> scenarios.nodeKill(rig, id);
                case "b" -> scenarios.databaseKill(rig, id);
                case "c" -> scenarios.databaseFreeze(rig, id);
                case "d" -> scenarios.timersOnce(rig, id);
                default -> throw new BenchFailure("no scenario " + id + " (a, b, c, d or e)");
            });
        } catch (RuntimeException e) {
            Outcome failed = new Outcome(id, "could not start");
            failed.error = String.valueOf(e);
            e.printStackTrace();
            return failed;
        }
    }

    /** e: a three-node Galera cluster of the suite's own, two app nodes on it with the failover URL. */
    private static Outcome runGalera(FaultConfig config, List<String> servers) {
        String dbName = "jf_faults_e";
        try (GaleraCluster cluster = GaleraCluster.start(config.work().resolve("galera"))) {
            servers.add(cluster.description());
            List<String> urls = List.of(cluster.appUrl(dbName, 1), cluster.appUrl(dbName, config.galeraWriters()));
            // the start-up lock (GET_LOCK) holds on one database node only: app nodes writing through two start in turn
            try (Rig rig = Rig.start(cluster.database(2, dbName), urls, config.galeraWriters() > 1, config)) {
                return guarded("e", () -> new GaleraScenario(config).galeraNodeKill(cluster, rig, "e"));
            }
        } catch (RuntimeException e) {
            Outcome failed = new Outcome("e", "could not start");
            failed.error = String.valueOf(e);
            e.printStackTrace();
            return failed;
        }
    }

    private static Outcome guarded(String id, java.util.function.Supplier<Outcome> scenario) {
        System.out.println("== scenario " + id);
        try {
            Outcome o = scenario.get();
            System.out.println("== scenario " + id + ": lost " + o.counts.lost + ", duplicated " + o.counts.duplicated
                    + ", inconsistent " + o.counts.inconsistent + ", bad answers " + o.badAnswers);
            return o;
        } catch (RuntimeException e) {
            e.printStackTrace();
            Outcome failed = new Outcome(id, "failed to run");
            failed.error = String.valueOf(e);
            return failed;
        }
    }

    private static String markdown(
            FaultConfig config, List<Outcome> outcomes, String mariadb, String loadBefore, double minutes) {
        StringBuilder md = new StringBuilder("# Fault suite")
                .append(config.shortRun() ? " (short CI version)" : "")
                .append("\n\n");
        md.append("- run: ")
                .append(OffsetDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(String.format(Locale.ROOT, ", %.1f minutes", minutes))
                .append('\n');
        md.append("- machine: ")
                .append(Machine.cores())
                .append(", ")
                .append(Machine.memory())
                .append("; load average before ")
                .append(loadBefore)
                .append(", after ")
                .append(Machine.loadAverage())
                .append('\n');
        md.append("- Java: ")
                .append(Machine.java())
                .append("; MariaDB: ")
                .append(mariadb)
                .append('\n');
        md.append("- load: ")
                .append(config.portalWorkers())
                .append(" portal reporters and ")
                .append(config.chainWorkers())
                .append(" admission chains at once, ")
                .append(config.loadSeconds())
                .append(" s before each fault; app heap ")
                .append(config.appXmx())
                .append('\n');
        md.append("\n| scenario | acknowledged writes | lost | duplicated | inconsistent | bad answers | recovery |\n");
        md.append("|---|--:|--:|--:|--:|--:|---|\n");
        for (Outcome o : outcomes) {
            md.append("| ").append(o.id).append(". ").append(o.title).append(" | ");
            if (o.error != null) {
                md.append("– | – | – | – | – | **did not run**: ")
                        .append(o.error.replace("|", "/"))
                        .append(" |\n");
                continue;
            }
            md.append(o.counts.acknowledged)
                    .append(" | ")
                    .append(bold(o.counts.lost))
                    .append(" | ")
                    .append(bold(o.counts.duplicated))
                    .append(" | ")
                    .append(bold(o.counts.inconsistent))
                    .append(" | ")
                    .append(bold(o.badAnswers))
                    .append(" | ")
                    .append(String.join("; ", o.recovery).replace("|", "/"))
                    .append(" |\n");
        }
        md.append('\n');
        for (Outcome o : outcomes) {
            for (String note : o.notes) {
                md.append("- ").append(o.id).append(": ").append(note).append('\n');
            }
            for (String example : o.counts.examples) {
                md.append("- ")
                        .append(o.id)
                        .append(", example: ")
                        .append(example)
                        .append('\n');
            }
        }
        md.append("\nAcknowledged writes: portal receipts (201), admission steps answered 2xx (draft, submit, review, "
                + "approve) and timer jobs made due. Lost, duplicated and inconsistent are counted by reconciling them "
                + "against the database afterwards (bench/README.md, *Fault suite*); bad answers are requests that "
                + "broke a time promise. Every one of these must be 0.\n");
        return md.toString();
    }

    private static String bold(int n) {
        return n == 0 ? "0" : "**" + n + "**";
    }
}
