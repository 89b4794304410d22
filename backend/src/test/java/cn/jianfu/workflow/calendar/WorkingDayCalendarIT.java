package cn.jianfu.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.testing.JianfuTest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calendar on MariaDB: the seeded national schedule, and a change written by another node. */
@JianfuTest
class WorkingDayCalendarIT {

    /** A Monday no other test lists. */
    static final LocalDate OTHER_NODES_DAY = LocalDate.of(2046, 3, 5);

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeOtherNodesDay() {
        jdbc.update("DELETE FROM calendar_special_day WHERE special_date = ?", Date.valueOf(OTHER_NODES_DAY));
    }

    @Test
    void theNoticeFor2026IsSeededDayByDay() {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT kind, COUNT(*) AS n FROM calendar_special_day"
                + " WHERE special_date BETWEEN '2026-01-01' AND '2026-12-31' AND changed_by IS NULL"
                + " GROUP BY kind ORDER BY kind");
        // 3 + 9 + 3 + 5 + 3 + 3 + 7 days off; 1 + 2 + 1 + 2 make-up workdays
        assertThat(rows)
                .extracting(r -> r.get("kind") + "=" + r.get("n"))
                .containsExactly("HOLIDAY=33", "MAKEUP_WORKDAY=6");

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse(); // 元旦, Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue(); // Sunday worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // Saturday worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse(); // 春节, Monday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse(); // 清明节, Monday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue(); // Saturday worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse(); // 端午节, Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).isFalse(); // 中秋节, Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday worked
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue(); // an ordinary Tuesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // an ordinary Saturday
    }

    @Test
    void fiveWorkingDaysFromBeforeTheNationalDayHolidayEndOnTheTwelfthOfOctober() {
        assertThat(calendar.addWorkingDays(LocalDateTime.of(2026, 9, 29, 9, 0), 5))
                .isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 0));
        // over the turn of the year: 30 and 31 December, then 5 January (1–3 off, Sunday 4 worked)
        assertThat(calendar.addWorkingDays(LocalDateTime.of(2025, 12, 29, 15, 0), 3))
                .isEqualTo(LocalDateTime.of(2026, 1, 4, 15, 0));
    }

    @Test
    void aDayAnotherNodeWritesCountsAtOnce() {
        assertThat(calendar.isWorkingDay(OTHER_NODES_DAY)).isTrue();
        LocalDateTime friday = OTHER_NODES_DAY.minusDays(3).atTime(10, 0);
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(OTHER_NODES_DAY.atTime(10, 0));

        // written straight into the shared table, as the other node's administrator page would
        jdbc.update(
                "INSERT INTO calendar_special_day (special_date, kind, name, changed_by, changed_by_name, changed_at)"
                        + " VALUES (?, 'HOLIDAY', '测试假日', 'other', '另一节点', CURRENT_TIMESTAMP(3))",
                Date.valueOf(OTHER_NODES_DAY));
        assertThat(calendar.isWorkingDay(OTHER_NODES_DAY)).isFalse();
        assertThat(calendar.addWorkingDays(friday, 1))
                .isEqualTo(OTHER_NODES_DAY.plusDays(1).atTime(10, 0));

        removeOtherNodesDay();
        assertThat(calendar.isWorkingDay(OTHER_NODES_DAY)).isTrue();
    }
}
