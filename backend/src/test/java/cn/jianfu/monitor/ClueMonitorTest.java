package cn.jianfu.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jianfu.common.ApiException;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.Role;
import cn.jianfu.org.UserAccount;
import cn.jianfu.security.CurrentUser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rates, the period and the zero-filled counts the monitor derives from the database's aggregates. */
class ClueMonitorTest {

    /** Answers with fixed aggregates and remembers the period it was asked for. */
    static final class Figures implements MonitorMapper {
        ClueTotals totals = new ClueTotals(7, 4, 3, 2, 6480, 2, 1);
        final List<LocalDateTime> asked = new ArrayList<>();

        @Override
        public ClueTotals clueTotals(LocalDateTime from, LocalDateTime to) {
            asked.add(from);
            asked.add(to);
            return totals;
        }

        @Override
        public List<KeyCount> cluesByCategory(LocalDateTime from, LocalDateTime to) {
            return List.of(new KeyCount("B", 3));
        }

        @Override
        public List<KeyCount> cluesByStatus(LocalDateTime from, LocalDateTime to) {
            return List.of(new KeyCount("CLOSED", 3), new KeyCount("TRIAGE", 4));
        }

        @Override
        public List<ClueStatistics.UnitCount> cluesByUnit(LocalDateTime from, LocalDateTime to) {
            return List.of(new ClueStatistics.UnitCount(1, "甲", 2));
        }

        // the dashboard's queries are tested against the database (DashboardIT)

        @Override
        public List<UnitTally> unitTallies(LocalDateTime from, LocalDateTime to, LocalDateTime now) {
            return List.of();
        }

        @Override
        public List<MonthTally> monthTallies(
                LocalDateTime from, LocalDateTime to, LocalDateTime now, DashboardScope scope) {
            return List.of();
        }

        @Override
        public List<MonthCounts> monthCounts(LocalDateTime from, LocalDateTime to, DashboardScope scope) {
            return List.of();
        }

        @Override
        public List<KeyCount> categoryCounts(LocalDateTime from, LocalDateTime to, DashboardScope scope) {
            return List.of();
        }

        @Override
        public List<NamedCount> townshipCounts(LocalDateTime from, LocalDateTime to, DashboardScope scope) {
            return List.of();
        }

        @Override
        public List<KeyCount> applicationStatuses(LocalDateTime from, LocalDateTime to, Long orgId) {
            return List.of();
        }

        @Override
        public List<StepOpen> openSteps(LocalDateTime from, LocalDateTime to, Long orgId, LocalDateTime now) {
            return List.of();
        }

        @Override
        public List<StepTimes> stepTimes(LocalDateTime from, LocalDateTime to, Long orgId) {
            return List.of();
        }

        @Override
        public List<DeptDecisions> departmentDecisions(LocalDateTime from, LocalDateTime to) {
            return List.of();
        }

        @Override
        public List<KeyCount> itemsByCategory(java.time.LocalDate day, Long orgId) {
            return List.of();
        }

        @Override
        public List<NamedCount> itemsByLead(java.time.LocalDate day, Long orgId) {
            return List.of();
        }
    }

    static final ClueVocabulary TERMS = new ClueVocabulary() {
        @Override
        public List<Term> categories() {
            return List.of(new Term("A", "甲类"), new Term("B", "乙类"));
        }

        @Override
        public List<Term> statuses() {
            return List.of(new Term("TRIAGE", "待分办"), new Term("CLOSED", "已办结"));
        }
    };

    final Figures figures = new Figures();
    final ClueMonitor monitor = new ClueMonitor(figures, TERMS);

    static CurrentUser user(Role role) {
        return new CurrentUser(new UserAccount(
                1L, "u", "用户", "x", 1L, "O", "单位", OrgType.BURDEN_OFFICE, true, LocalDateTime.now(), List.of(role), 0));
    }

    @Test
    void ratesAreFractionsOfTheAggregates() {
        ClueStatistics s = monitor.statistics(LocalDate.of(1982, 3, 1), LocalDate.of(1982, 3, 31), user(Role.OFFICE));
        assertThat(figures.asked)
                .containsExactly(LocalDateTime.of(1982, 3, 1, 0, 0), LocalDateTime.of(1982, 4, 1, 0, 0));
        assertThat(s.total()).isEqualTo(7);
        assertThat(s.accepted()).isEqualTo(4);
        assertThat(s.closed()).isEqualTo(3);
        assertThat(s.closureRate()).isEqualTo(0.75);
        assertThat(s.onTimeRate()).isEqualTo(0.667);
        assertThat(s.averageHandlingDays()).isEqualTo(1.5);
        assertThat(s.rated()).isEqualTo(2);
        assertThat(s.satisfactionRate()).isEqualTo(0.5);
        assertThat(s.byCategory())
                .containsExactly(new ClueStatistics.Count("A", "甲类", 0), new ClueStatistics.Count("B", "乙类", 3));
        assertThat(s.byStatus())
                .containsExactly(
                        new ClueStatistics.Count("TRIAGE", "待分办", 4), new ClueStatistics.Count("CLOSED", "已办结", 3));
        assertThat(s.byUnit()).containsExactly(new ClueStatistics.UnitCount(1, "甲", 2));
    }

    @Test
    void nothingToDivideByGivesNoRate() {
        figures.totals = new MonitorMapper.ClueTotals(2, 0, 0, 0, 0, 0, 0);
        ClueStatistics s = monitor.statistics(null, null, user(Role.VERIFIER));
        assertThat(figures.asked).containsExactly(null, null);
        assertThat(s.closureRate()).isNull();
        assertThat(s.onTimeRate()).isNull();
        assertThat(s.averageHandlingDays()).isNull();
        assertThat(s.satisfactionRate()).isNull();
    }

    @Test
    void onlyTheOfficeVerifiersAndAdminsSeeTheFigures() {
        assertThat(monitor.statistics(null, null, user(Role.ADMIN)).total()).isEqualTo(7);
        assertThatThrownBy(() -> monitor.statistics(null, null, user(Role.APPLICANT)))
                .isInstanceOf(ApiException.class);
    }
}
