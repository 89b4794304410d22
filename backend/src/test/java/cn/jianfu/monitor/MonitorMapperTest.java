package cn.jianfu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The aggregates against a fixture small enough to count by hand: clues received in March 1982
 * (a period no other test writes to), one clue just before and one just after it. Each test rolls back.
 */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MonitorMapperTest {

    static final LocalDateTime MARCH = LocalDateTime.of(1982, 3, 1, 0, 0);
    static final LocalDateTime APRIL = LocalDateTime.of(1982, 4, 1, 0, 0);

    @Autowired
    MonitorMapper mapper;

    @Autowired
    JdbcTemplate jdbc;

    long orgA;
    long orgB;

    /**
     * <pre>
     * no   category  status        created      closed       rating       escalated  units
     * 1    FINGER    CLOSED        03-01 09:00  03-03 09:00  SATISFIED    no         A
     * 2    FINGER    CLOSED        03-02 09:00  03-03 21:00  UNSATISFIED  yes        A, B
     * 3    INSPECT   CLOSED        03-05 10:00  03-06 10:00  -            reminded   B
     * 4    INSPECT   RECTIFYING    03-10 09:00  -            UNSATISFIED  yes        B   (reopened)
     * 5    MEETING   TRIAGE        03-11 09:00  -            -            -          -
     * 6    MEETING   NOT_ACCEPTED  03-12 09:00  03-12 10:00  -            -          -
     * 7    FINGER    MERGED        03-13 09:00  03-13 10:00  -            -          -
     * 8    FINGER    CLOSED        02-28 23:59  03-01 09:00  SATISFIED    no         A   (before the period)
     * 9    FINGER    CLOSED        04-01 00:00  04-02 00:00  SATISFIED    no         A   (after it)
     * </pre>
     */
    @BeforeEach
    void fixture() {
        orgA = org("MM-A", "监测部门甲", "COUNTY_DEPT");
        orgB = org("MM-B", "监测村乙", "VILLAGE");
        long c1 = clue(1, "FINGERTIP_FORMALISM", "CLOSED", at(3, 1, 9, 0), at(3, 3, 9, 0), "SATISFIED");
        long c2 = clue(2, "FINGERTIP_FORMALISM", "CLOSED", at(3, 2, 9, 0), at(3, 3, 21, 0), "UNSATISFIED");
        long c3 = clue(3, "INSPECTIONS", "CLOSED", at(3, 5, 10, 0), at(3, 6, 10, 0), null);
        long c4 = clue(4, "INSPECTIONS", "RECTIFYING", at(3, 10, 9, 0), null, "UNSATISFIED");
        clue(5, "MEETINGS_AND_DOCUMENTS", "TRIAGE", at(3, 11, 9, 0), null, null);
        clue(6, "MEETINGS_AND_DOCUMENTS", "NOT_ACCEPTED", at(3, 12, 9, 0), at(3, 12, 10, 0), null);
        clue(7, "FINGERTIP_FORMALISM", "MERGED", at(3, 13, 9, 0), at(3, 13, 10, 0), null);
        long c8 = clue(8, "FINGERTIP_FORMALISM", "CLOSED", at(2, 28, 23, 59), at(3, 1, 9, 0), "SATISFIED");
        long c9 = clue(9, "FINGERTIP_FORMALISM", "CLOSED", APRIL, APRIL.plusDays(1), "SATISFIED");
        notice(2, "ESCALATION");
        notice(3, "REMINDER");
        notice(4, "ESCALATION");
        unit(c1, orgA);
        unit(c2, orgA);
        unit(c2, orgB);
        unit(c3, orgB);
        unit(c4, orgB);
        unit(c8, orgA);
        unit(c9, orgA);
    }

    @Test
    void totalsOfThePeriod() {
        assertThat(mapper.clueTotals(MARCH, APRIL))
                .isEqualTo(new MonitorMapper.ClueTotals(
                        7, // clues 1-7
                        4, // 1-4: not awaiting triage, not refused, not merged
                        3, // 1-3
                        2, // 1 and 3: a reminder is no escalation
                        2880 + 2160 + 1440, // minutes from receipt to closure of 1, 2 and 3
                        2, // 1 and 2: clue 4's rating was before it was reopened
                        1)); // 1
    }

    @Test
    void countsPerCategoryStatusAndUnit() {
        assertThat(mapper.cluesByCategory(MARCH, APRIL))
                .containsExactlyInAnyOrder(
                        new MonitorMapper.KeyCount("FINGERTIP_FORMALISM", 3),
                        new MonitorMapper.KeyCount("INSPECTIONS", 2),
                        new MonitorMapper.KeyCount("MEETINGS_AND_DOCUMENTS", 2));
        assertThat(mapper.cluesByStatus(MARCH, APRIL))
                .containsExactlyInAnyOrder(
                        new MonitorMapper.KeyCount("CLOSED", 3),
                        new MonitorMapper.KeyCount("RECTIFYING", 1),
                        new MonitorMapper.KeyCount("TRIAGE", 1),
                        new MonitorMapper.KeyCount("NOT_ACCEPTED", 1),
                        new MonitorMapper.KeyCount("MERGED", 1));
        // a dual-assigned clue counts for both its units; most first
        assertThat(mapper.cluesByUnit(MARCH, APRIL))
                .containsExactly(
                        new ClueStatistics.UnitCount(orgB, "监测村乙", 3), new ClueStatistics.UnitCount(orgA, "监测部门甲", 2));
    }

    @Test
    void eitherBoundMayBeOpenAndAnEmptyPeriodCountsNothing() {
        // nothing else in the database was received before March 1982
        assertThat(mapper.clueTotals(null, MARCH.plusDays(1)))
                .isEqualTo(new MonitorMapper.ClueTotals(2, 2, 2, 2, 541 + 2880, 2, 2));
        assertThat(mapper.cluesByUnit(null, MARCH.plusDays(1)))
                .containsExactly(new ClueStatistics.UnitCount(orgA, "监测部门甲", 2));
        LocalDateTime y1981 = LocalDateTime.of(1981, 1, 1, 0, 0);
        assertThat(mapper.clueTotals(y1981, y1981.plusYears(1)))
                .isEqualTo(new MonitorMapper.ClueTotals(0, 0, 0, 0, 0, 0, 0));
        assertThat(mapper.cluesByCategory(y1981, y1981.plusYears(1))).isEmpty();
        assertThat(mapper.clueTotals(MARCH, null).total()).isGreaterThanOrEqualTo(8);
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(1982, month, day, hour, minute);
    }

    private long org(String code, String name, String type) {
        jdbc.update(
                "INSERT INTO org_unit (code, name, type, created_at) VALUES (?, ?, ?, ?)",
                code,
                name,
                type,
                LocalDateTime.now());
        return jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
    }

    private long clue(
            int no, String category, String status, LocalDateTime created, LocalDateTime closed, String rating) {
        String clueNo = "XS-1982-%04d".formatted(no);
        jdbc.update(
                "INSERT INTO clue (clue_no, category, source, description, anonymous, query_code_hash, status, "
                        + "process_instance_id, rating, closed_at, created_at, updated_at) "
                        + "VALUES (?, ?, 'PORTAL', '监测测试', TRUE, 'x', ?, ?, ?, ?, ?, ?)",
                clueNo,
                category,
                status,
                "mm-pi-" + no,
                rating,
                closed,
                created,
                created);
        return jdbc.queryForObject("SELECT id FROM clue WHERE clue_no = ?", Long.class, clueNo);
    }

    private void notice(int clueNo, String kind) {
        jdbc.update(
                "INSERT INTO deadline_notice (process_instance_id, activity_id, kind, created_at) VALUES (?, ?, ?, ?)",
                "mm-pi-" + clueNo,
                "Task_Verify",
                kind,
                LocalDateTime.now());
    }

    private void unit(long clueId, long orgId) {
        jdbc.update(
                "INSERT INTO clue_unit (clue_id, org_id, unit_role, status) VALUES (?, ?, 'DEPARTMENT', 'DONE')",
                clueId,
                orgId);
    }
}
