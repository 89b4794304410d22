package cn.jianfu.clue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.common.PageQuery;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JianfuTest
class ClueDemoIT {

    @Autowired
    ClueDemo demo;

    @Autowired
    ClueTriage triaging;

    @Autowired
    ClueQueries queries;

    @Autowired
    TestCounty counties;

    @Test
    void demoCluesCoverTriageVerificationAndATypicalCase() {
        County c = counties.create();
        java.time.LocalDateTime started = cn.jianfu.common.Clock.now().minusMinutes(1);
        demo.load(
                Map.of(
                        "edu",
                        c.deptA().id(),
                        "civil",
                        c.deptB().id(),
                        "dongguan",
                        c.village1().id()),
                c.officer().getUsername(),
                c.applicantA().getUsername());
        var all = queries.search(
                        new ClueQueries.Filter("all", null, null, null, null, null, null, null),
                        PageQuery.of(1, 100),
                        c.officer())
                .items();
        var mine = all.stream()
                .filter(s -> s.createdAt().isAfter(started))
                .filter(s -> s.reportedUnitName() != null
                        && (s.reportedUnitName().equals(c.deptA().name())
                                || s.reportedUnitName().equals(c.deptB().name())))
                .toList();
        assertThat(mine)
                .extracting(ClueSummary::status)
                .containsExactlyInAnyOrder(
                        ClueStatus.TRIAGE,
                        ClueStatus.TRIAGE,
                        ClueStatus.VERIFYING,
                        ClueStatus.RATING,
                        ClueStatus.CLOSED);
        assertThat(mine).filteredOn(ClueSummary::dualAssigned).singleElement().satisfies(s -> assertThat(s.unitNames())
                .containsExactly(c.village1().name(), c.deptB().name()));
        ClueSummary second = mine.stream()
                .filter(s -> s.status() == ClueStatus.TRIAGE)
                .max(java.util.Comparator.comparing(ClueSummary::id))
                .orElseThrow();
        assertThat(triaging.duplicates(second.id(), c.officer())).isNotEmpty();
        assertThat(mine).filteredOn(ClueSummary::typical).singleElement().satisfies(s -> assertThat(s.status())
                .isEqualTo(ClueStatus.CLOSED));
    }

    @Test
    void aYearOfFinishedCluesAcrossUnitsAndMonths() {
        County c = counties.create();
        java.time.LocalDateTime started = cn.jianfu.common.Clock.now();
        demo.load(
                Map.of(
                        "edu",
                        c.deptA().id(),
                        "civil",
                        c.deptB().id(),
                        "dongguan",
                        c.village1().id()),
                c.officer().getUsername(),
                c.applicantA().getUsername());
        var history = new java.util.ArrayList<ClueSummary>();
        for (long unit : new long[] {
            c.deptA().id(), c.deptB().id(), c.village1().id(), c.village2().id()
        }) {
            for (int page = 1; ; page++) {
                var items = queries.search(
                                new ClueQueries.Filter(
                                        "all", null, null, null, null, null, null, null, unit, null, null, null),
                                PageQuery.of(page, 100),
                                c.officer())
                        .items();
                items.stream()
                        .filter(s -> s.createdAt().isBefore(started.minusDays(29)))
                        .filter(s -> history.stream().noneMatch(h -> h.id() == s.id()))
                        .forEach(history::add);
                if (items.size() < 100) {
                    break;
                }
            }
        }
        // the not-accepted ones have no unit, so fewer than all are found through the units
        assertThat(history).hasSizeGreaterThan(ClueDemo.HISTORY * 3 / 4);
        assertThat(history).extracting(ClueSummary::status).containsOnly(ClueStatus.CLOSED);
        assertThat(history.stream()
                        .map(s -> s.createdAt().getMonth())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(10);
        assertThat(history.stream().map(ClueSummary::category).distinct().count())
                .isGreaterThanOrEqualTo(5);
        assertThat(history).anySatisfy(s -> assertThat(s.dualAssigned()).isTrue());
    }
}
