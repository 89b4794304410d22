package cn.jianfu.bench.volume;

import cn.jianfu.bench.ApiSession;
import cn.jianfu.bench.AppProcess;
import cn.jianfu.bench.BenchConfig;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import cn.jianfu.bench.Latency;
import cn.jianfu.bench.Machine;
import cn.jianfu.bench.ProcessMemory;
import cn.jianfu.bench.Report;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The inbox and the lists at a county's volume (issue 11): 10,000 open tasks and 100,000 finished
 * chains in the engine's history, seeded as copies of cases the application itself made, then
 * every list timed over HTTP as real users after login — the inbox's tabs and counts of a reviewer,
 * an approver, a department and a village cadre, the office's escalations and statistics, the
 * applications overview, the list search, and the public lookups. The figure to watch is each
 * request's p95 against 30 ms; a slow figure is reported, not failed — only errors fail.
 */
public final class VolumeBench {

    static final double TARGET_MILLIS = 30;

    private VolumeBench() {}

    public static void main(String[] args) {
        try {
            run(BenchConfig.fromSystem());
        } catch (BenchFailure e) {
            System.err.println("\nBENCHMARK FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(BenchConfig config) {
        int open = BenchConfig.intProperty("bench.volume.open", 10_000);
        int finished = BenchConfig.intProperty("bench.volume.finished", 100_000);
        int items = BenchConfig.intProperty("bench.items", 2_000);
        Report report = new Report(
                "Inbox and lists at volume (" + BenchConfig.countyNow().toLocalDate() + ")", TARGET_MILLIS);
        report.fact("machine", Machine.cores() + " cores, " + Machine.memory() + ", " + Machine.os());
        report.fact("load average before (1/5/15 min)", Machine.loadAverage());
        report.fact("Java", Machine.java() + ", app heap -Xmx" + config.appXmx());
        report.fact("application", config.jar().toString());
        Database db = config.db();
        if (Boolean.getBoolean("bench.volume.reuse")) {
            report.fact(
                    "database",
                    db.version() + ", database " + db.name() + " as an earlier run seeded it (bench.volume.reuse)");
        } else {
            seedFresh(config, report, db, open, finished, items);
        }
        List<String> failures = measureAll(config, report);
        report.fact("load average after (1/5/15 min)", Machine.loadAverage());
        notes(report, config);
        report.publish(config.results().resolve("volume-latest.md"));
        if (!failures.isEmpty()) {
            throw new BenchFailure(failures.size() + " request(s) failed: " + String.join("; ", failures));
        }
        List<Latency.Row> slow =
                report.rows().stream().filter(r -> !r.within(TARGET_MILLIS)).toList();
        say(
                slow.isEmpty()
                        ? "every p95 is within " + TARGET_MILLIS + " ms"
                        : slow.size() + " request(s) over the target: see the table (not a failure)");
    }

    private static void seedFresh(BenchConfig config, Report report, Database db, int open, int finished, int items) {
        db.recreate();
        report.fact("database", db.version() + ", database " + db.name());
        try (AppProcess app = start(config, "app-demo.log")) {
            say("the app is up with the demo data after " + seconds(app.startup()) + "; making the template cases …");
            new TemplateCases(app.base()).make();
        }
        say("seeding " + open + " open tasks and " + finished + " finished chains …");
        VolumeSeeding.Result seeded = VolumeSeeding.seed(db, open, finished, items);
        report.fact("rows seeded", seeded.describe());
        report.fact("seeding time", seconds(seeded.took()) + " (copies of template cases, JDBC, batched)");
        say("seeded in " + seconds(seeded.took()) + ": " + seeded.describe());
    }

    /** A user whose pages are timed, and the requests they make. */
    private record Who(String username, String role, List<String> requests) {}

    private static final List<Who> USERS = List.of(
            new Who(
                    "shegong",
                    "reviewer",
                    List.of(
                            "/api/inbox",
                            "/api/inbox?sort=DUE",
                            "/api/inbox?chain=admission&step=Task_Review&due=OVERDUE",
                            "/api/inbox/claimed",
                            "/api/inbox/done",
                            "/api/inbox/counts",
                            "/api/admission/applications?scope=all",
                            "/api/admission/applications?scope=all&keyword=" + enc("基准"),
                            "/api/admission-items?keyword=" + enc("检查"))),
            new Who("xianwei", "approver", List.of("/api/inbox", "/api/inbox/done", "/api/inbox/counts")),
            new Who(
                    "jiaoyu",
                    "department",
                    List.of(
                            "/api/inbox",
                            "/api/inbox/claimed",
                            "/api/inbox/done",
                            "/api/inbox/counts",
                            "/api/admission/applications")),
            new Who(
                    "cungan",
                    "village cadre",
                    List.of("/api/inbox", "/api/inbox/claimed", "/api/inbox/done", "/api/inbox/counts")),
            new Who(
                    "jianfuban",
                    "office",
                    List.of(
                            "/api/inbox",
                            "/api/inbox/escalations",
                            "/api/inbox/counts",
                            "/api/monitor/clues",
                            "/api/monitor/admission",
                            "/api/clues/statistics")));

    /** Times every line; answers the lines that failed. */
    private static List<String> measureAll(BenchConfig config, Report report) {
        List<String> failures = new java.util.ArrayList<>();
        try (AppProcess app = start(config, "app.log")) {
            report.fact(
                    "app start on the seeded database (a first start of a build with the inbox read model includes its migration V43 filling it)",
                    seconds(app.startup()));
            long[] peak = {0, 0, 0};
            // a report of this run's own, whose number and code the public lookup is timed with
            TemplateCases.Receipt receipt = TemplateCases.report(app.base());
            for (Who who : USERS) {
                measure(config, report, failures, app, peak, who);
            }
            ApiSession visitor = ApiSession.anonymous(app.base());
            for (String request :
                    List.of("/api/public/admission-items", "/api/public/admission-items?keyword=" + enc("检查"))) {
                line(report, failures, Timing.get("public", visitor, request, config.warmup(), config.n()));
            }
            String query = "{\"clueNo\":" + ApiSession.quote(receipt.clueNo()) + ",\"code\":"
                    + ApiSession.quote(receipt.queryCode()) + "}";
            line(
                    report,
                    failures,
                    Timing.post("public", visitor, "/api/public/clues/query", query, config.warmup(), config.n()));
            sample(app, peak);
            report.fact(
                    "app memory under load (largest sample after each line)",
                    "RSS " + peak[0] + " MiB, heap used " + peak[1] + " MiB of " + peak[2] + " MiB committed");
        }
        return failures;
    }

    private static AppProcess start(BenchConfig config, String log) {
        say("starting the app (log: " + config.work("volume").resolve(log) + ") …");
        return AppProcess.start(
                config,
                config.work("volume").resolve(log),
                List.of(
                        "--jianfu.warnings.initial-delay=PT24H",
                        "--jianfu.clue.throttle.lookups-per-10-minutes=100000000",
                        "--jianfu.clue.throttle.submissions-per-hour=100000000"));
    }

    private static void measure(
            BenchConfig config, Report report, List<String> failures, AppProcess app, long[] peak, Who who) {
        ApiSession session = ApiSession.login(app.base(), who.username(), TemplateCases.PASSWORD);
        for (String request : who.requests()) {
            line(
                    report,
                    failures,
                    Timing.get(
                            who.username() + " (" + who.role() + ")", session, request, config.warmup(), config.n()));
            sample(app, peak);
        }
    }

    private static void line(Report report, List<String> failures, Timing.Line line) {
        row(report, line.row());
        if (line.failure() != null) {
            failures.add(line.failure());
            report.note("FAILED: " + line.failure());
            say("FAILED: " + line.failure());
        }
    }

    private static void row(Report report, Latency.Row row) {
        report.row(row);
        say(String.format(
                Locale.ROOT,
                "%-26s %-62s p50 %7.1f  p95 %7.1f  max %7.1f ms",
                row.user(),
                row.request(),
                row.p50(),
                row.p95(),
                row.max()));
    }

    private static void sample(AppProcess app, long[] peak) {
        peak[0] = Math.max(peak[0], ProcessMemory.rssMib(app.pid()));
        long[] heap = ProcessMemory.heapMib(app.pid());
        peak[1] = Math.max(peak[1], heap[0]);
        peak[2] = Math.max(peak[2], heap[1]);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void notes(Report report, BenchConfig config) {
        report.note("Each request: " + config.warmup() + " warm-up calls, then " + config.n()
                + " timed calls (fewer when they take more than a minute in all: column n) one after another on one connection (JDK HttpClient, HTTP/1.1), from sending to the "
                + "last byte of the body; percentiles by HdrHistogram.");
        report.note("Open cases are copies of the demo's and the benchmark's own cases (applications at review,"
                + " approval and revision; clues at triage and verification, the verifications spread over the"
                + " county's villages and departments), with their dates moved back by up to 30 days, so some are"
                + " overdue. Finished chains: one in twenty an application refused by the county, the rest clues"
                + " handled to the end by 县教育局, 县民政局, 县应急管理局 and 东关社区 in turn, over the last two years.");
        report.note("Copies have no timers (jobs) of their own: they are read here, never moved on.");
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
