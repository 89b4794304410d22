package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jianfu.burden.BurdenProjection;
import cn.jianfu.burden.ProjectedLoad;
import cn.jianfu.org.OrgService;
import cn.jianfu.org.OrgType;
import cn.jianfu.org.OrgUnit;
import cn.jianfu.search.NegativeListScreen;
import cn.jianfu.search.SearchIndex;
import cn.jianfu.search.SearchStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pre-check with the real search engine and screen, the database mocked away. */
class PreCheckTest {

    OrgService orgs = mock(OrgService.class);
    AdmissionListService list = mock(AdmissionListService.class);
    ApplicationMapper applications = mock(ApplicationMapper.class);
    SearchIndex index = new SearchIndex(mock(SearchStore.class), List.of());
    BurdenProjection burden = mock(BurdenProjection.class);
    PreCheck preCheck =
            new PreCheck(burden, new PreCheckDuplicates(list, applications, orgs, index), new NegativeListScreen());
    ApplicationRow app = new ApplicationRow();

    @BeforeEach
    void application() {
        List<ProjectedLoad> twelve = java.util.stream.LongStream.rangeClosed(1, 12)
                .mapToObj(v -> new ProjectedLoad(
                        v, "村" + v, "乡", BigDecimal.TEN, new BigDecimal("120"), new BigDecimal("19.5")))
                .toList();
        when(burden.project(
                        org.mockito.ArgumentMatchers.eq(true),
                        org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.any()))
                .thenReturn(twelve);
        app.id = 1L;
        app.itemName = "森林防火宣传活动";
        app.leadOrgId = 3L;
        app.targetScope = TargetScope.ALL;
        app.workloadHoursPerMonth = new BigDecimal("9.5");
        app.fundingFollows = true;
        app.legalBasis = "《中华人民共和国森林法》第三十四条";
    }

    private static AdmissionItem item(String name, long leadOrgId, String leadOrgName) {
        return new AdmissionItem(
                7L,
                "ZR-2026-007",
                name,
                ItemCategory.BASIC,
                leadOrgId,
                leadOrgName,
                null,
                "《森林防火条例》",
                "宣传",
                "按季度",
                Frequency.QUARTERLY,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 1, 1),
                null,
                null,
                null,
                null,
                null);
    }

    private List<PreCheckFinding> findings(String code) {
        return preCheck.run(app, List.of()).findings().stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    @Test
    void findingsCarryTheirValuesForTheReadersLanguage() {
        when(list.similarInForce(anyString(), anyInt())).thenReturn(List.of(item("森林防火宣传", 3L, "县应急管理局")));
        assertThat(findings("WORKLOAD"))
                .singleElement()
                .extracting(PreCheckFinding::params)
                .isEqualTo(Map.of("villages", "12", "hoursPerVillage", "9.5", "totalHours", "114.0", "heavy", "true"));
        assertThat(findings("DUPLICATE_ITEM"))
                .singleElement()
                .extracting(PreCheckFinding::params)
                .isEqualTo(Map.of(
                        "listNo", "ZR-2026-007",
                        "itemName", "森林防火宣传",
                        "leadOrg", "县应急管理局",
                        "multiDepartment", "false",
                        "similarity", "86"));
    }

    @Test
    void aDuplicateLedByAnotherDepartmentIsMarkedAsMultiDepartmentAssignment() {
        when(list.similarInForce(anyString(), anyInt())).thenReturn(List.of(item("宣传森林防火", 4L, "县林业局")));
        PreCheckFinding duplicate = findings("DUPLICATE_ITEM").get(0);
        assertThat(duplicate.params()).containsEntry("multiDepartment", "true").containsEntry("leadOrg", "县林业局");
        assertThat(duplicate.message()).contains("县林业局", "多头指派");
    }

    @Test
    void dissimilarCandidatesAreNotDuplicates() {
        when(list.similarInForce(anyString(), anyInt())).thenReturn(List.of(item("森林资源调查统计", 3L, "县林业局")));
        assertThat(findings("DUPLICATE_ITEM")).isEmpty();
    }

    @Test
    void similarApplicationsInFlightAreFoundThroughABoundedQuery() {
        ApplicationRow other = new ApplicationRow();
        other.id = 9L;
        other.itemName = "防火宣传森林";
        other.leadOrgId = 4L;
        ApplicationRow unrelated = new ApplicationRow();
        unrelated.id = 10L;
        unrelated.itemName = "农村危房宣传";
        when(applications.findInFlightLike(eq(1L), anyList(), eq(PreCheckDuplicates.IN_FLIGHT_LIMIT)))
                .thenReturn(List.of(unrelated, other));
        when(orgs.byIds(anyList()))
                .thenReturn(Map.of(4L, new OrgUnit(4L, "LY", "县林业局", OrgType.COUNTY_DEPT, null, null)));
        assertThat(findings("DUPLICATE_APPLICATION"))
                .singleElement()
                .extracting(PreCheckFinding::params)
                .isEqualTo(Map.of(
                        "applicationId", "9",
                        "itemName", "防火宣传森林",
                        "leadOrg", "县林业局",
                        "multiDepartment", "true",
                        "similarity", "86"));
    }

    @Test
    void aPracticeSpokenOfButNotTickedIsFlaggedWithItsPhrase() {
        app.content = "村干部每天在工作群打卡";
        app.performanceStandard = "与村书记签订责任书";
        app.requiresCheckIn = true;
        List<PreCheckFinding> all = preCheck.run(app, List.of()).findings();
        assertThat(all).extracting(PreCheckFinding::code).contains("NEGATIVE_CHECK_IN");
        assertThat(all).extracting(PreCheckFinding::code).doesNotContain("NEGATIVE_TEXT_CHECK_IN");
        assertThat(findings("NEGATIVE_TEXT_APP_OR_CHAT_GROUP"))
                .singleElement()
                .extracting(PreCheckFinding::params)
                .isEqualTo(Map.of("phrase", "工作群"));
        assertThat(findings("NEGATIVE_TEXT_PLEDGE"))
                .singleElement()
                .extracting(PreCheckFinding::params)
                .isEqualTo(Map.of("phrase", "责任书"));
    }

    @Test
    void anApplicationWithoutNameLooksForNoDuplicates() {
        app.itemName = null;
        assertThat(findings("DUPLICATE_ITEM")).isEmpty();
        assertThat(findings("DUPLICATE_APPLICATION")).isEmpty();
    }
}
