package cn.jianfu.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private static ApplicationForm form(
            TargetScope scope, List<Long> townships, boolean funding, String note, LocalDate from, LocalDate to) {
        return new ApplicationForm(
                "事项",
                ItemCategory.NEW,
                null,
                "内容",
                "标准",
                1L,
                List.of(),
                scope,
                townships,
                List.of(),
                BigDecimal.ONE,
                Frequency.MONTHLY,
                false,
                false,
                false,
                false,
                false,
                false,
                funding,
                note,
                from,
                to,
                "自评");
    }

    @Test
    void aCompleteFormPasses() {
        assertThat(SubmissionRules.check(form(TargetScope.ALL, List.of(), false, null, null, null)))
                .isEmpty();
    }

    @Test
    void selectedScopeNeedsTownships() {
        assertThat(SubmissionRules.check(form(TargetScope.SELECTED, List.of(), false, null, null, null)))
                .containsEntry("targetTownshipIds", "请至少选择一个乡镇或村(社区)");
    }

    @Test
    void fundingNeedsANoteAndValidityMustMoveForward() {
        var errors = SubmissionRules.check(
                form(TargetScope.ALL, List.of(), true, " ", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThat(errors).containsKeys("fundingNote", "validTo");
    }

    @Test
    void anEmptyFormNamesEveryMissingField() {
        var empty = new ApplicationForm(
                null, null, null, null, null, null, null, null, null, null, null, null, false, false, false, false,
                false, false, false, null, null, null, null);
        assertThat(SubmissionRules.check(empty))
                .containsOnlyKeys(
                        "itemName",
                        "category",
                        "content",
                        "performanceStandard",
                        "leadOrgId",
                        "targetScope",
                        "workloadHoursPerMonth",
                        "frequency",
                        "selfAssessment");
    }
}
