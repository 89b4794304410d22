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
                .filter(s -> s.reportedUnitName() != null
                        && (s.reportedUnitName().equals(c.deptA().name())
                                || s.reportedUnitName().equals(c.deptB().name())))
                .toList();
        assertThat(mine)
                .extracting(ClueSummary::status)
                .containsExactlyInAnyOrder(
                        ClueStatus.TRIAGE, ClueStatus.TRIAGE, ClueStatus.VERIFYING, ClueStatus.CLOSED);
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
}
