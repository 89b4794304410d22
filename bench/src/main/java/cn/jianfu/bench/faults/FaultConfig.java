package cn.jianfu.bench.faults;

import cn.jianfu.bench.BenchConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * The suite's knobs, from system properties (the bench module's pom passes the {@code faults.*}
 * Maven properties through). {@code faults.short} picks the CI version: scenarios a and c on one
 * pair of nodes, small load, short phases.
 */
record FaultConfig(
        Path root,
        boolean shortRun,
        List<String> scenarios,
        String appXmx,
        int portalWorkers,
        int chainWorkers,
        int loadSeconds,
        int outageSeconds,
        int freezeSeconds,
        int timerClues,
        int galeraWriters) {

    static FaultConfig fromSystem() {
        Path root = BenchConfig.fromSystem().root();
        boolean shortRun = Boolean.parseBoolean(System.getProperty("faults.short", "false"));
        String scenarios = System.getProperty("faults.scenarios", "");
        if (scenarios.isBlank()) {
            scenarios = shortRun ? "a,c" : "a,b,c,d,e";
        }
        return new FaultConfig(
                root,
                shortRun,
                List.of(scenarios.trim().split("\\s*,\\s*")),
                System.getProperty("bench.app.xmx", "512m"),
                BenchConfig.intProperty("faults.portal.workers", shortRun ? 2 : 4),
                BenchConfig.intProperty("faults.chain.workers", shortRun ? 1 : 2),
                BenchConfig.intProperty("faults.load.seconds", shortRun ? 10 : 25),
                BenchConfig.intProperty("faults.outage.seconds", 20),
                // beyond the app's longest database wait (Connector/J socketTimeout 30 s), so requests must fail
                BenchConfig.intProperty("faults.freeze.seconds", shortRun ? 40 : 50),
                BenchConfig.intProperty("faults.timer.clues", 300),
                // e: 1 = every app node writes through Galera node 1 (failover URL, as Camunda supports);
                // 2 = the second app node lists node 2 first, so two database nodes take writes at once
                BenchConfig.intProperty("faults.galera.writers", 1));
    }

    Path jar() {
        return root.resolve("backend/target/jianfu.jar");
    }

    Path work() {
        return root.resolve("bench/target/faults");
    }

    Path results() {
        return root.resolve("bench/results");
    }
}
