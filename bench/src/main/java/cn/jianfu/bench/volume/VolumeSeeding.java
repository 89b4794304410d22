package cn.jianfu.bench.volume;

import cn.jianfu.bench.BenchConfig;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import cn.jianfu.bench.dashboard.County;
import cn.jianfu.bench.dashboard.ItemSeeder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds the volume: copies of the open template cases until {@code open} tasks wait (clues at
 * verification spread over the county's villages and departments), {@code finished} chains that
 * ended (one in twenty an application, the rest clues handled by the three departments and the
 * village 东关社区 in turn), over the last two years, and list entries in force for the searches.
 * Deterministic (fixed seed).
 */
final class VolumeSeeding {

    /** The accounts that handle the finished clues in turn, with their organisation's code. */
    private static final List<String> HANDLERS = List.of("jiaoyu", "minzheng", "yingji", "cungan");

    record Result(
            int openTemplates,
            int openCases,
            int openTasks,
            int finishedTemplates,
            int finishedAdmissions,
            int finishedClues,
            long rows,
            ItemSeeder.Seeded items,
            Duration took) {

        String describe() {
            return ("%,d open tasks in %,d cases (copies of %d template cases); %,d finished chains (%,d applications,"
                            + " %,d clues; copies of %d); %,d rows in all; %,d list entries in force (+%,d expired)")
                    .formatted(
                            openTasks,
                            openCases,
                            openTemplates,
                            finishedAdmissions + finishedClues,
                            finishedAdmissions,
                            finishedClues,
                            finishedTemplates,
                            rows,
                            items.inForce(),
                            items.expired());
        }
    }

    private record Org(long id, String code, String type) {}

    static Result seed(Database db, int open, int finished, int items) {
        long start = System.nanoTime();
        Random random = new Random(20261125L);
        try (Connection c = db.connectForSeeding()) {
            VolumeSeeding seeding = new VolumeSeeding(c, random);
            List<CaseTemplate> openTemplates = CaseTemplate.all(c, true);
            List<CaseTemplate> finishedTemplates = CaseTemplate.all(c, false);
            int[] openCounts;
            int finishedAdmissions;
            long rows;
            try (CaseCopier copier = new CaseCopier(c, max(c, "clue_unit"))) {
                openCounts = seeding.openCases(copier, openTemplates, open);
                finishedAdmissions = seeding.finishedChains(copier, finishedTemplates, finished);
                copier.flush();
                rows = copier.rows();
            }
            ItemSeeder.Seeded seededItems = new ItemSeeder(
                            County.read(c), random, BenchConfig.countyNow().withNano(0))
                    .seed(c, items);
            markTalliesStale(c);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_VARIABLE, ACT_RU_EXECUTION,"
                        + " ACT_HI_TASKINST, ACT_HI_PROCINST, ACT_HI_VARINST, ACT_HI_ACTINST, admission_application,"
                        + " clue, clue_unit, admission_item");
            }
            return new Result(
                    openTemplates.size(),
                    openCounts[0],
                    openCounts[1],
                    finishedTemplates.size(),
                    finishedAdmissions,
                    finished - finishedAdmissions,
                    rows,
                    seededItems,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new BenchFailure("seeding failed: " + e.getMessage(), e);
        }
    }

    private final Random random;
    private final List<Org> units;
    private final Map<String, Org> handlerOrgs;
    private final int year = BenchConfig.countyNow().getYear();
    private long application;
    private long clue;
    private int clueNo = 100_000;

    private VolumeSeeding(Connection c, Random random) throws SQLException {
        this.random = random;
        List<Org> orgs = orgs(c);
        this.units = orgs.stream()
                .filter(o -> o.type().equals("VILLAGE") || o.type().equals("COUNTY_DEPT"))
                .toList();
        this.handlerOrgs = handlerOrgs(c, orgs);
        this.application = max(c, "admission_application");
        this.clue = max(c, "clue");
    }

    /** Copies of the open cases until {@code open} tasks wait: answers {cases, tasks}. */
    private int[] openCases(CaseCopier copier, List<CaseTemplate> templates, int open) throws SQLException {
        if (templates.isEmpty()) {
            throw new BenchFailure("no open case to copy");
        }
        int cases = 0;
        int tasks = 0;
        for (int i = 0; tasks < open; i++) {
            CaseTemplate t = templates.get(i % templates.size());
            boolean isClue = t.processKey().equals("clue");
            Map<Long, Long> orgMap = new HashMap<>();
            Map<String, String> groups = new HashMap<>();
            if (isClue) {
                // the units of a clue's verification move together to others of the county
                int shift = random.nextInt(units.size());
                for (int u = 0; u < units.size(); u++) {
                    Org from = units.get(u);
                    Org to = units.get((u + shift) % units.size());
                    orgMap.put(from.id(), to.id());
                    groups.put("org:" + from.code(), "org:" + to.code());
                }
            }
            copier.copy(
                    t,
                    new CaseCopier.Copy(
                            "-o" + i,
                            isClue ? ++clue : ++application,
                            isClue ? nextClueNo() : null,
                            random.nextInt(30 * 24 * 60),
                            Map.of(),
                            orgMap,
                            groups));
            cases++;
            tasks += t.openTasks();
        }
        return new int[] {cases, tasks};
    }

    /** {@code finished} copies of the ended chains; answers how many were applications. */
    private int finishedChains(CaseCopier copier, List<CaseTemplate> templates, int finished) throws SQLException {
        List<CaseTemplate> admissions = templates.stream()
                .filter(t -> t.processKey().equals("admission"))
                .toList();
        List<CaseTemplate> clues =
                templates.stream().filter(t -> t.processKey().equals("clue")).toList();
        if (admissions.isEmpty() || clues.isEmpty()) {
            throw new BenchFailure(
                    "finished chains to copy: applications " + admissions.size() + ", clues " + clues.size());
        }
        int finishedAdmissions = 0;
        for (int i = 0; i < finished; i++) {
            boolean isAdmission = i % 20 == 0;
            CaseTemplate t = isAdmission ? admissions.get((i / 20) % admissions.size()) : clues.get(i % clues.size());
            Map<String, String> users = new HashMap<>();
            Map<Long, Long> orgMap = new HashMap<>();
            Map<String, String> groups = new HashMap<>();
            if (isAdmission) {
                finishedAdmissions++;
            } else {
                // the template's unit is the first handler's: its steps go to each handler in turn
                String handler = HANDLERS.get(i % HANDLERS.size());
                Org from = handlerOrgs.get(HANDLERS.get(0));
                Org to = handlerOrgs.get(handler);
                users.put(HANDLERS.get(0), handler);
                orgMap.put(from.id(), to.id());
                groups.put("org:" + from.code(), "org:" + to.code());
            }
            copier.copy(
                    t,
                    new CaseCopier.Copy(
                            "-f" + i,
                            isAdmission ? ++application : ++clue,
                            isAdmission ? null : nextClueNo(),
                            random.nextInt(730 * 24 * 60),
                            users,
                            orgMap,
                            groups));
        }
        return finishedAdmissions;
    }

    private String nextClueNo() {
        return "XS-%d-%06d".formatted(year, ++clueNo);
    }

    /** Clues written straight into the tables: their days of the dashboard's tallies are to be computed. */
    private static void markTalliesStale(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO clue_tally_stale (day_key) SELECT DISTINCT"
                    + " YEAR(created_at) * 10000 + MONTH(created_at) * 100 + DAYOFMONTH(created_at) FROM clue");
        }
    }

    private static List<Org> orgs(Connection c) throws SQLException {
        List<Org> orgs = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, code, type FROM org_unit ORDER BY id")) {
            while (r.next()) {
                orgs.add(new Org(r.getLong(1), r.getString(2), r.getString(3)));
            }
        }
        return orgs;
    }

    private static Map<String, Org> handlerOrgs(Connection c, List<Org> orgs) throws SQLException {
        Map<String, Org> result = new HashMap<>();
        for (String username : HANDLERS) {
            try (var s = c.prepareStatement("SELECT org_id FROM app_user WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new BenchFailure("the demo has no account " + username);
                    }
                    long id = r.getLong(1);
                    result.put(
                            username,
                            orgs.stream().filter(o -> o.id() == id).findFirst().orElseThrow());
                }
            }
        }
        return result;
    }

    private static long max(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
