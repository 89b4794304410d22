package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jianfu.org.OrgUnit;
import cn.jianfu.security.CurrentUser;
import cn.jianfu.testing.JianfuTest;
import cn.jianfu.testing.TestCounty;
import cn.jianfu.testing.TestCounty.County;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pre-check as the process runs it on submission, on MariaDB with the real search index. */
@JianfuTest
class PreCheckIT {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    Submissions submissions;

    @Autowired
    Decisions decisions;

    @Autowired
    AdmissionListService list;

    @Autowired
    TestCounty counties;

    County c;

    @BeforeEach
    void county() {
        c = counties.create();
    }

    private static ApplicationForm form(String name, OrgUnit lead, OrgUnit township, String content) {
        ApplicationForm f = TestCounty.form(name, lead, township);
        return new ApplicationForm(
                f.itemName(),
                f.category(),
                f.legalBasis(),
                content,
                f.performanceStandard(),
                f.leadOrgId(),
                f.cooperatingOrgIds(),
                f.targetScope(),
                f.targetTownshipIds(),
                f.targetVillageIds(),
                f.workloadHoursPerMonth(),
                f.frequency(),
                false,
                false,
                false,
                false,
                false,
                false,
                f.fundingFollows(),
                f.fundingNote(),
                null,
                null,
                f.selfAssessment());
    }

    private List<PreCheckFinding> submitted(CurrentUser applicant, ApplicationForm form) {
        ApplicationDetail draft = drafts.create(form, null, applicant);
        return submissions.submit(draft.id(), applicant).preCheck().findings();
    }

    private static PreCheckFinding only(List<PreCheckFinding> findings, String code) {
        List<PreCheckFinding> of =
                findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(of).as(code + " in " + findings).hasSize(1);
        return of.get(0);
    }

    @Test
    void aPracticeOnlyTheTextSpeaksOfIsFlaggedWithItsPhrase() {
        List<PreCheckFinding> findings =
                submitted(c.applicantA(), form("村务公开栏更新" + c.suffix(), c.deptA(), c.township(), "村干部每天在工作群打卡，每月报送照片"));
        assertThat(only(findings, "NEGATIVE_TEXT_CHECK_IN").params()).isEqualTo(Map.of("phrase", "打卡"));
        assertThat(only(findings, "NEGATIVE_TEXT_APP_OR_CHAT_GROUP").params()).isEqualTo(Map.of("phrase", "工作群"));
        assertThat(only(findings, "NEGATIVE_TEXT_PHOTO_PROOF").params()).isEqualTo(Map.of("phrase", "照片"));
        assertThat(only(findings, "NEGATIVE_TEXT_PHOTO_PROOF").level()).isEqualTo(PreCheckFinding.Level.WARN);
        assertThat(findings).extracting(PreCheckFinding::code).doesNotContain("NEGATIVE_TEXT_SIGNBOARD");
    }

    @Test
    void anItemOnTheListLedByAnotherDepartmentIsAProbableMultiDepartmentAssignment() {
        AdmissionItemRow row = new AdmissionItemRow();
        row.itemName = "河道汛期巡查登记" + c.suffix();
        row.category = ItemCategory.BASIC;
        row.leadOrgId = c.deptA().id();
        row.content = "汛期巡查河道";
        row.performanceStandard = "每周一次";
        row.effectiveDate = LocalDate.now().minusDays(1);
        row.expiryDate = row.effectiveDate.plusYears(2);
        AdmissionItem item = list.register(row);

        List<PreCheckFinding> findings =
                submitted(c.applicantB(), form("汛期河道巡查" + c.suffix(), c.deptB(), c.township(), "河道巡查"));
        PreCheckFinding duplicate = only(findings, "DUPLICATE_ITEM");
        assertThat(duplicate.params())
                .containsEntry("listNo", item.listNo())
                .containsEntry("leadOrg", c.deptA().name())
                .containsEntry("multiDepartment", "true");
        assertThat(duplicate.message()).contains("多头指派", c.deptA().name());
    }

    @Test
    void twoDepartmentsApplyingForTheSameWorkAreMarkedAsMultiDepartmentAssignment() {
        submitted(c.applicantA(), form("独居老人探访" + c.suffix(), c.deptA(), c.township(), "探访独居老人"));
        List<PreCheckFinding> findings =
                submitted(c.applicantB(), form("探访独居老人" + c.suffix(), c.deptB(), c.township(), "入户探访"));
        PreCheckFinding duplicate = only(findings, "DUPLICATE_APPLICATION");
        assertThat(duplicate.params())
                .containsEntry("itemName", "独居老人探访" + c.suffix())
                .containsEntry("leadOrg", c.deptA().name())
                .containsEntry("multiDepartment", "true");

        List<PreCheckFinding> sameDepartment =
                submitted(c.applicantA(), form("老人独居探访" + c.suffix(), c.deptA(), c.township(), "探访"));
        assertThat(sameDepartment.stream()
                        .filter(f -> f.code().equals("DUPLICATE_APPLICATION"))
                        .map(f -> f.params().get("multiDepartment")))
                .containsExactlyInAnyOrder("false", "true");
    }

    @Test
    void anUnrelatedApplicationHasNoDuplicates() {
        List<PreCheckFinding> findings =
                submitted(c.applicantA(), form("𠀀😀" + c.suffix() + "学前教育资助", c.deptA(), c.township(), "资助"));
        assertThat(findings)
                .extracting(PreCheckFinding::code)
                .doesNotContain("DUPLICATE_ITEM", "DUPLICATE_APPLICATION");
    }
}
