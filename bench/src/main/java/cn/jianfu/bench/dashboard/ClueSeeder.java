package cn.jianfu.bench.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes clues and their assigned units (tables clue, clue_unit; V4, V13) with batched multi-row
 * inserts, numbered XS-yyyy-nnnn after the clues already there, and moves the year counters on so
 * the app's next clue gets the next number.
 */
final class ClueSeeder {

    private static final int BATCH = 2000;
    private static final String INSERT_CLUE = "INSERT INTO clue (id, clue_no, category, source, reported_org_id, place,"
            + " occurred_when, description, anonymous, query_code_hash, status, recorded_by, not_accepted_reason,"
            + " dual_assigned, reply, replied_at, rating, rating_comment, rated_at, rating_via, assigned_at,"
            + " first_response_at, closed_at, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_UNIT = "INSERT INTO clue_unit (id, clue_id, org_id, unit_role, status, outcome,"
            + " findings, verified_by, verified_at, plan, plan_deadline, planned_at, report, reported_at, accepted_at,"
            + " send_back_count, verify_due_at, first_response_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String[] PROBLEMS = {
        "要求每天在工作群上传巡查照片并打卡，占用大量时间", "同一事项一个月内重复下发多个通知，要求分别填报表格",
        "检查考核过多，一周内接待三批督查组", "要求村里为居民出具不属于村级职责的证明",
        "未经准入的事项直接下派到村，要求限期完成", "多个App重复注册打卡，数据层层报送",
    };

    /** What was written. */
    record Seeded(int clues, int units) {}

    private final ClueLife life;
    private final Random random;

    ClueSeeder(County county, Random random, LocalDateTime now) {
        this.life = new ClueLife(county, random, now);
        this.random = random;
    }

    Seeded seed(Connection c, int count) throws SQLException {
        List<LocalDateTime> received = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            received.add(life.receivedTime());
        }
        received.sort(Comparator.naturalOrder());
        Counters numbers = new Counters(c, "clue_counter", "clue", "clue_no", "XS-");
        String codeHash = Sql.one(c, "SELECT MIN(query_code_hash) FROM clue");
        long clueId = Sql.maxId(c, "clue");
        long unitId = Sql.maxId(c, "clue_unit");
        int units = 0;
        try (PreparedStatement clues = c.prepareStatement(INSERT_CLUE);
                PreparedStatement unitRows = c.prepareStatement(INSERT_UNIT)) {
            for (int i = 0; i < count; i++) {
                ClueLife.Clue clue = life.live(received.get(i));
                int year = clue.received.getYear();
                addClue(clues, ++clueId, "XS-%d-%04d".formatted(year, numbers.next(year)), codeHash, clue);
                for (ClueLife.Unit u : clue.units) {
                    addUnit(unitRows, ++unitId, clueId, u);
                    units++;
                }
                if ((i + 1) % BATCH == 0 || i + 1 == count) {
                    clues.executeBatch();
                    unitRows.executeBatch();
                    c.commit();
                }
            }
        }
        numbers.save();
        c.commit();
        return new Seeded(count, units);
    }

    private void addClue(PreparedStatement s, long id, String clueNo, String codeHash, ClueLife.Clue c)
            throws SQLException {
        boolean hotline = "HOTLINE".equals(c.source);
        boolean replied = c.repliedAt != null;
        Sql.set(
                s,
                id,
                clueNo,
                c.category,
                c.source,
                c.reportedOrg,
                "村委会",
                c.received.getYear() + "年" + c.received.getMonthValue() + "月",
                PROBLEMS[random.nextInt(PROBLEMS.length)] + "（基准测试数据）",
                codeHash,
                c.status,
                hotline ? "jianfuban" : null,
                "NOT_ACCEPTED".equals(c.status) ? "所反映问题不属于形式主义为基层减负的范围" : null,
                c.dual,
                replied ? "经核查已处理，感谢您对基层减负工作的关心。" : null,
                c.repliedAt,
                c.rating,
                "UNSATISFIED".equals(c.rating) ? "整改不够彻底" : null,
                c.ratedAt,
                c.rating == null ? null : "PORTAL",
                c.assignedAt,
                // the office's first response: the assignment, or the end of a clue it did not accept (V33)
                "NOT_ACCEPTED".equals(c.status) ? c.closedAt : c.assignedAt,
                c.closedAt,
                c.received,
                c.updatedAt);
        s.addBatch();
    }

    private static void addUnit(PreparedStatement s, long id, long clueId, ClueLife.Unit u) throws SQLException {
        boolean verified = u.verifiedAt != null;
        boolean planned = u.plannedAt != null;
        boolean reported = u.reportedAt != null;
        Sql.set(
                s,
                id,
                clueId,
                u.orgId,
                u.role,
                u.status,
                u.outcome,
                verified ? "经核查，情况基本属实（基准测试数据）" : null,
                verified ? "bench" : null,
                u.verifiedAt,
                planned ? "立即停止相关做法，合并报表，减少检查频次" : null,
                u.planDeadline,
                u.plannedAt,
                reported ? "已按方案整改完毕" : null,
                u.reportedAt,
                u.acceptedAt,
                u.sendBacks,
                u.verifyDue,
                // a unit's first response: its verification, the bench's units claim nothing first (V33)
                u.verifiedAt);
        s.addBatch();
    }
}
