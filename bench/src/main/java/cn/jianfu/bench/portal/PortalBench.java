package cn.jianfu.bench.portal;

import cn.jianfu.bench.ApiSession;
import cn.jianfu.bench.AppProcess;
import cn.jianfu.bench.BenchConfig;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.ClosedLoop;
import cn.jianfu.bench.Database;
import cn.jianfu.bench.Json;
import cn.jianfu.bench.Machine;
import cn.jianfu.bench.MeasuredRun;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Anonymous submissions to the public portal (线索征集专区) at 8 and 32 concurrent reporters: the
 * SPA's POST /api/public/clues with the CSRF header and an Idempotency-Key, a new key per report.
 * The app runs as behind a load balancer (JIANFU_FORWARD_HEADERS=native) and every report comes
 * from its own client address in X-Forwarded-For, as reports from the public do; so the default
 * limit of 10 reports per client and hour holds and is checked on every submission, each through
 * its own bucket row. Each answer must be 201 with a clue number and a query code, and afterwards
 * the database must hold exactly as many portal clues as were answered.
 */
public final class PortalBench {

    static final String BEHIND_A_PROXY = "--server.forward-headers-strategy=native";
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final double TARGET_PER_SECOND = 300;
    private static final double TARGET_P99_MILLIS = 100;

    private PortalBench() {}

    public static void main(String[] args) {
        try {
            run(BenchConfig.fromSystem());
        } catch (BenchFailure e) {
            System.err.println("\nBENCHMARK FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(BenchConfig config) {
        int n = BenchConfig.intProperty("bench.portal.n", 300);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("machine", Machine.cores() + " cores, " + Machine.memory() + ", " + Machine.os());
        facts.put("load average before (1/5/15 min)", Machine.loadAverage());
        facts.put("Java", Machine.java() + ", app heap -Xmx" + config.appXmx());
        Database db = config.db();
        db.recreate();
        facts.put("database", db.version() + ", database " + db.name());
        List<String> rows = new ArrayList<>();
        Path log = config.work("portal").resolve("app.log");
        say("starting the app (log: " + log + ") …");
        long before;
        try (AppProcess app = AppProcess.start(config, log, List.of(BEHIND_A_PROXY))) {
            facts.put(
                    "app start-up, process start to healthy, empty database with the demo county",
                    String.format(Locale.ROOT, "%.1f s", app.startup().toMillis() / 1000.0));
            facts.put(
                    "portal limit",
                    "the default, 10 reports per client address and hour; every report from its own address"
                            + " (X-Forwarded-For, the app started with " + BEHIND_A_PROXY + ")");
            before = portalClues(db);
            long orgId = reportedUnit(app);
            say("warming up with " + config.warmup() + " submissions …");
            ApiSession warm = ApiSession.anonymous(app.base());
            ClosedLoop.run(config.warmup(), 4, i -> submit(warm, orgId, null), () -> {});
            for (int c : new int[] {8, 32}) {
                List<ApiSession> reporters = new ArrayList<>();
                for (int w = 0; w < c; w++) {
                    reporters.add(ApiSession.anonymous(app.base()));
                }
                Histogram times = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(5), 3);
                long refusedBefore = refusals(reporters);
                say(n + " submissions at concurrency " + c + " …");
                MeasuredRun run = MeasuredRun.of(
                        db, app.pid(), n, c, i -> submit(reporters.get(i % reporters.size()), orgId, times));
                rows.add(row(run, times, refusals(reporters) - refusedBefore));
                say(String.format(
                        Locale.ROOT,
                        "c%d: %.1f submissions/s, p50 %.1f ms, p99 %.1f ms",
                        c,
                        run.perSecond(),
                        times.getValueAtPercentile(50) / 1000.0,
                        times.getValueAtPercentile(99) / 1000.0));
            }
        }
        long stored = portalClues(db) - before;
        long expected = config.warmup() + 2L * n;
        if (stored != expected) {
            throw new BenchFailure("the database holds " + stored + " new portal clues, expected " + expected);
        }
        facts.put("portal clues stored afterwards", stored + " = every 201 answered (warm-up included)");
        facts.put("load average after (1/5/15 min)", Machine.loadAverage());
        PortalTable.publish(
                config.results().resolve("portal-latest.md"),
                BenchConfig.countyNow().toLocalDate().toString(),
                facts,
                rows,
                n,
                TARGET_PER_SECOND,
                TARGET_P99_MILLIS);
    }

    /** One anonymous report, as the SPA sends it; {@code times} null for the warm-up. */
    private static void submit(ApiSession reporter, long orgId, Histogram times) {
        ApiSession.Response r = reporter.postExpect(
                201,
                "/api/public/clues",
                "{\"category\":\"FINGERTIP_FORMALISM\",\"reportedOrgId\":" + orgId
                        + ",\"place\":\"东关社区\",\"occurredWhen\":\"本月\",\"anonymous\":true"
                        + ",\"description\":\"要求每天在三个工作群里打卡并上传工作照片，村干部每天花一个多小时应付。\"}",
                "Idempotency-Key",
                UUID.randomUUID().toString(),
                "X-Forwarded-For",
                nextClientAddress());
        if (!r.body().contains("\"clueNo\"") || !r.body().contains("\"queryCode\"")) {
            throw new BenchFailure("a submission's receipt has no clue number or query code");
        }
        if (times != null) {
            times.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(r.nanos())));
        }
    }

    /** 10.0.0.1, 10.0.0.2, …: a new member of the public for every report. */
    private static String nextClientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    /** The first department the portal's unit picker offers (GET /api/public/orgs). */
    private static long reportedUnit(AppProcess app) {
        String orgs = ApiSession.anonymous(app.base()).getOk("/api/public/orgs");
        Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)[^{}]*\"type\"\\s*:\\s*\"COUNTY_DEPT\"")
                .matcher(orgs);
        return m.find() ? Long.parseLong(m.group(1)) : Json.first(orgs, "id").longValue();
    }

    private static long portalClues(Database db) {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM clue WHERE source = 'PORTAL'")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new BenchFailure("cannot count the portal clues: " + e.getMessage(), e);
        }
    }

    private static long refusals(List<ApiSession> reporters) {
        return reporters.stream().mapToLong(ApiSession::refusals).sum();
    }

    private static String row(MeasuredRun run, Histogram times, long refusals) {
        return String.format(
                Locale.ROOT,
                "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %d | %d / %d |",
                run.concurrency(),
                run.n(),
                run.seconds(),
                run.perSecond(),
                times.getValueAtPercentile(50) / 1000.0,
                times.getValueAtPercentile(95) / 1000.0,
                times.getValueAtPercentile(99) / 1000.0,
                times.getMaxValue() / 1000.0,
                refusals,
                run.statementsPer(),
                run.commitsPer(),
                run.rssMaxMib(),
                run.heapUsedMib(),
                run.heapMib());
    }

    static void say(String line) {
        System.out.println(
                "[" + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toLocalTime() + "] " + line);
    }
}
