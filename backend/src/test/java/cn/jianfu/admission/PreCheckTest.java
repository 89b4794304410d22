package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jianfu.org.OrgService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreCheckTest {

    @Test
    void similarNamesAreProbableDuplicates() {
        assertThat(PreCheck.similarity("汛期地质灾害隐患点巡查", "地质灾害隐患点汛期巡查"))
                .isGreaterThanOrEqualTo(PreCheck.DUPLICATE_SIMILARITY);
        assertThat(PreCheck.similarity("特困人员供养情况走访", "特困人员供养情况走访")).isEqualTo(1.0);
    }

    @Test
    void unrelatedNamesAreNot() {
        assertThat(PreCheck.similarity("森林防火宣传", "农村危房排查")).isLessThan(PreCheck.DUPLICATE_SIMILARITY);
        assertThat(PreCheck.similarity("", "农村危房排查")).isZero();
    }

    @Test
    void punctuationAndSpacesDoNotCount() {
        assertThat(PreCheck.similarity("《控辍保学》劝返", "控辍保学 劝返")).isEqualTo(1.0);
    }

    @Test
    void findingsCarryTheirValuesForTheReadersLanguage() {
        OrgService orgs = mock(OrgService.class);
        AdmissionListService list = mock(AdmissionListService.class);
        ApplicationMapper applications = mock(ApplicationMapper.class);
        when(orgs.countVillages(null)).thenReturn(12);
        when(list.active())
                .thenReturn(List.of(new AdmissionItem(
                        7L,
                        "ZR-2026-007",
                        "森林防火宣传",
                        ItemCategory.BASIC,
                        3L,
                        "县应急管理局",
                        null,
                        "《森林防火条例》",
                        "宣传",
                        "按季度",
                        Frequency.QUARTERLY,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 1, 1),
                        null)));
        when(applications.findInFlight(1L)).thenReturn(List.of());
        ApplicationRow app = new ApplicationRow();
        app.id = 1L;
        app.itemName = "森林防火宣传活动";
        app.targetScope = TargetScope.ALL;
        app.workloadHoursPerMonth = new BigDecimal("9.5");
        app.fundingFollows = true;
        app.legalBasis = "《中华人民共和国森林法》第三十四条";

        List<PreCheckFinding> findings =
                new PreCheck(orgs, list, applications).run(app, List.of()).findings();

        assertThat(findings)
                .filteredOn(f -> f.code().equals("WORKLOAD"))
                .singleElement()
                .extracting(PreCheckFinding::params)
                .isEqualTo(Map.of("villages", "12", "hoursPerVillage", "9.5", "totalHours", "114.0", "heavy", "true"));
        assertThat(findings)
                .filteredOn(f -> f.code().equals("DUPLICATE_ITEM"))
                .singleElement()
                .extracting(PreCheckFinding::params)
                .isEqualTo(Map.of("listNo", "ZR-2026-007", "itemName", "森林防火宣传", "leadOrg", "县应急管理局"));
    }
}
