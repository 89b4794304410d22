package cn.jianfu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What every benchmark reads from system properties (the module's pom passes the {@code bench.*}
 * Maven properties through): the project root, how many timed and warm-up requests, the database
 * and the app's heap.
 */
public record BenchConfig(Path root, int n, int warmup, Database db, String appXmx) {

    public static BenchConfig fromSystem() {
        return new BenchConfig(
                findRoot(),
                intProperty("bench.n", 200),
                intProperty("bench.warmup", 20),
                Database.fromEnvironment(System.getProperty("bench.db", "jianfu_bench")),
                System.getProperty("bench.app.xmx", "512m"));
    }

    /** The packaged application the benchmarks start: -Dbench.jar, else the one the build packages. */
    public Path jar() {
        String given = System.getProperty("bench.jar");
        return given == null || given.isBlank() ? root.resolve("backend/target/jianfu.jar") : Path.of(given);
    }

    /** Where a benchmark keeps its logs (under bench/target, cleaned by mvn clean). */
    public Path work(String benchmark) {
        return root.resolve("bench/target/" + benchmark);
    }

    /** Where a benchmark writes its latest table (committed, quoted in the README). */
    public Path results() {
        return root.resolve("bench/results");
    }

    /**
     * The county's time zone, the app's (env JIANFU_TIME_ZONE, default Asia/Shanghai, as in the
     * backend's application.yml): "now" and "today" for the seeded rows and the periods.
     */
    public static ZoneId countyZone() {
        String zone = System.getenv("JIANFU_TIME_ZONE");
        return ZoneId.of(zone == null || zone.isBlank() ? "Asia/Shanghai" : zone);
    }

    public static LocalDateTime countyNow() {
        return LocalDateTime.now(countyZone());
    }

    public static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** -Djianfu.root, else the working directory or its parent, whichever holds backend/. */
    private static Path findRoot() {
        String given = System.getProperty("jianfu.root");
        if (given != null) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("backend")) ? here : here.getParent();
    }
}
