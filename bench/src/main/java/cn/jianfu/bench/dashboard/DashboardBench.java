package cn.jianfu.bench.dashboard;

import cn.jianfu.bench.ApiSession;
import cn.jianfu.bench.AppProcess;
import cn.jianfu.bench.BenchConfig;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import cn.jianfu.bench.Latency;
import cn.jianfu.bench.Machine;
import cn.jianfu.bench.Report;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's latency with a year of clues: a fresh database with the demo county, 100,000
 * clues and 2,000 list entries in force seeded through JDBC, then every request of the dashboard
 * timed one after another as the office, a department and a township. The figure to watch is each
 * request's p95 against 200 ms; a slow figure is reported, not failed — only errors fail.
 */
public final class DashboardBench {

    static final double TARGET_MILLIS = 200;
    static final String PASSWORD = "Jianfu@2026";
    private static final Pattern SWEEP = Pattern.compile("warning sweep \\d+ on this node at (\\S+): ");

    private DashboardBench() {}

    public static void main(String[] args) {
        try {
            run(BenchConfig.fromSystem());
        } catch (BenchFailure e) {
            System.err.println("\nBENCHMARK FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(BenchConfig config) {
        int clues = BenchConfig.intProperty("bench.clues", 100_000);
        int items = BenchConfig.intProperty("bench.items", 2_000);
        Report report =
                new Report("Dashboard latency (" + BenchConfig.countyNow().toLocalDate() + ")", TARGET_MILLIS);
        report.fact("machine", Machine.cores() + " cores, " + Machine.memory() + ", " + Machine.os());
        report.fact("load average before (1/5/15 min)", Machine.loadAverage());
        report.fact("Java", Machine.java() + ", app heap -Xmx" + config.appXmx());
        Database db = config.db();
        db.recreate();
        report.fact("database", db.version() + ", database " + db.name());

        Figures before;
        try (AppProcess app = start(config, "app-demo.log", "--jianfu.warnings.initial-delay=PT24H")) {
            say("the app is up with the demo data after " + seconds(app.startup()));
            before = Figures.read(ApiSession.login(app.base(), "jianfuban", PASSWORD));
        }
        say("seeding " + clues + " clues and " + items + " list entries in force …");
        Seeding.Result seeded = Seeding.seed(db, clues, items);
        report.fact("rows seeded", seeded.describe());
        report.fact("seeding time", seconds(seeded.took()) + " (JDBC, batched, rewriteBatchedStatements)");
        say("seeded in " + seconds(seeded.took()));

        try (AppProcess app = start(
                config,
                "app.log",
                "--jianfu.warnings.initial-delay=PT0S",
                "--jianfu.warnings.interval=PT24H",
                "--jianfu.dashboard.tally-initial-delay=PT24H",
                "--logging.level.cn.jianfu.warning.WarningSweep=DEBUG")) {
            report.fact("app start on the seeded database", seconds(app.startup()));
            report.fact("first warning sweep over the seeded data", sweep(app));
            ApiSession office = ApiSession.login(app.base(), "jianfuban", PASSWORD);
            ApiSession.Response first = office.expect200("/api/monitor/clues", office.get("/api/monitor/clues"));
            report.fact(
                    "first clue figures after seeding (every day's tallies computed, once)",
                    String.format(Locale.ROOT, "%.1f s", first.nanos() / 1e9));
            Figures after = Figures.read(office);
            before.checkGrowth(after, seeded);
            report.fact("office figures (all time), demo → seeded", before.compare(after));
            measure(config, report, "office (county)", office, true);
            ApiSession department = ApiSession.login(app.base(), "jiaoyu", PASSWORD);
            Figures.checkScoped(department);
            measure(config, report, "jiaoyu (department)", department, true);
            ApiSession township = ApiSession.login(app.base(), Seeding.TOWNSHIP_USER, PASSWORD);
            Figures.checkScoped(township);
            measure(config, report, "township (" + Seeding.TOWNSHIP_USER + ")", township, false);
        }
        report.fact("load average after (1/5/15 min)", Machine.loadAverage());
        notes(report, config);
        report.publish(config.results().resolve("dashboard-latest.md"));
        List<Latency.Row> slow =
                report.rows().stream().filter(r -> !r.within(TARGET_MILLIS)).toList();
        say(
                slow.isEmpty()
                        ? "every p95 is within " + TARGET_MILLIS + " ms"
                        : slow.size() + " request(s) over the target: see the table (not a failure)");
    }

    private static AppProcess start(BenchConfig config, String log, String... args) {
        say("starting the app (log: " + config.work("dashboard").resolve(log) + ") …");
        return AppProcess.start(config, config.work("dashboard").resolve(log), List.of(args));
    }

    private static void measure(BenchConfig config, Report report, String user, ApiSession session, boolean admission) {
        for (String request :
                DashboardRequests.of(admission, BenchConfig.countyNow().toLocalDate())) {
            Latency.Row row = Latency.measure(user, session, request, config.warmup(), config.n());
            report.row(row);
            say(String.format(
                    Locale.ROOT,
                    "%-22s %-58s p50 %7.1f  p95 %7.1f  max %7.1f ms",
                    user,
                    request,
                    row.p50(),
                    row.p95(),
                    row.max()));
        }
    }

    /** Waits for the sweep the app starts at once, and says how long it took from its start. */
    private static String sweep(AppProcess app) {
        Matcher m = app.awaitLog(SWEEP, Duration.ofMinutes(15));
        LocalDateTime seen = LocalDateTime.parse(m.group(1));
        return "done " + seconds(Duration.between(seen, BenchConfig.countyNow())) + " after it started (±0.2 s)";
    }

    private static void notes(Report report, BenchConfig config) {
        report.note("Each request: " + config.warmup() + " warm-up calls, then " + config.n()
                + " timed calls one after another on one connection (JDK HttpClient, HTTP/1.1), from sending to the "
                + "last byte of the body; percentiles by HdrHistogram.");
        report.note("Default period = none (all time, as the page opens); the year period = the last 365 days.");
        report.note("The township account is the benchmark's own (the demo has none); department = 县教育局.");
        report.note("In-flight seeded clues have no process instances: the dashboard reads only the clue tables.");
        report.note("The machine is shared: other builds may run at the same time (see the load averages).");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static void say(String line) {
        System.out.println(
                "[" + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime() + "] " + line);
    }
}
