package cn.jianfu.bench.dashboard;

import cn.jianfu.bench.BenchConfig;
import cn.jianfu.bench.BenchFailure;
import cn.jianfu.bench.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Seeds the demo database through JDBC (Connector/J, rewriteBatchedStatements): the clues and the
 * admission list entries, and one township account — the demo has none — to time a township's
 * scoped figures. Deterministic (fixed seed), relative to now.
 */
final class Seeding {

    /** The township account the benchmark adds (same password as the demo's accounts). */
    static final String TOWNSHIP_USER = "bench_township";

    /** What was written and how long it took. */
    record Result(ClueSeeder.Seeded clues, ItemSeeder.Seeded items, Duration took) {

        String describe() {
            return "%,d clues with %,d assigned units; %,d list entries in force (+%,d expired) with %,d target rows"
                    .formatted(clues.clues(), clues.units(), items.inForce(), items.expired(), items.targets());
        }
    }

    private Seeding() {}

    static Result seed(Database db, int clues, int items) {
        long start = System.nanoTime();
        LocalDateTime now = BenchConfig.countyNow().withNano(0);
        Random random = new Random(20260101L);
        try (Connection c = db.connectForSeeding()) {
            County county = County.read(c);
            ClueSeeder.Seeded seededClues = new ClueSeeder(county, random, now).seed(c, clues);
            ItemSeeder.Seeded seededItems = new ItemSeeder(county, random, now).seed(c, items);
            addTownshipUser(c, county.townships().get(1));
            markTalliesStale(c);
            c.commit();
            try (PreparedStatement analyze =
                    c.prepareStatement("ANALYZE TABLE clue, clue_unit, admission_item, admission_item_target")) {
                analyze.execute();
            }
            return new Result(seededClues, seededItems, Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new BenchFailure("seeding failed: " + e.getMessage(), e);
        }
    }

    /**
     * Clues written straight into the tables, as any bulk import: their days of the dashboard's daily
     * tallies are marked to be computed (the application marks them on every write).
     */
    private static void markTalliesStale(Connection c) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement("INSERT INTO clue_tally_stale (day_key) SELECT DISTINCT"
                + " YEAR(created_at) * 10000 + MONTH(created_at) * 100 + DAYOFMONTH(created_at) FROM clue")) {
            mark.executeUpdate();
        }
    }

    /** A GRASSROOTS account of the township, with the office account's password hash. */
    private static void addTownshipUser(Connection c, long township) throws SQLException {
        String hash = Sql.one(c, "SELECT password_hash FROM app_user WHERE username = 'jianfuban'");
        long id = Sql.maxId(c, "app_user") + 1;
        try (PreparedStatement user = c.prepareStatement("INSERT INTO app_user (id, username, display_name,"
                        + " password_hash, org_id, enabled, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?)");
                PreparedStatement role =
                        c.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, 'GRASSROOTS')")) {
            Sql.set(user, id, TOWNSHIP_USER, "基准测试（乡镇）", hash, township, BenchConfig.countyNow());
            user.executeUpdate();
            Sql.set(role, id);
            role.executeUpdate();
        }
    }
}
