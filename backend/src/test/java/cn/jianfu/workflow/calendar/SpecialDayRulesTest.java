package cn.jianfu.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecialDayRulesTest {

    @Test
    void aCompleteDayPasses() {
        assertThat(SpecialDayRules.check(
                        new SpecialDayForm(LocalDate.of(2026, 10, 1), SpecialDayKind.HOLIDAY, " 国庆节 ")))
                .isEmpty();
        assertThat(SpecialDayRules.check(
                        new SpecialDayForm(LocalDate.of(2026, 10, 10), SpecialDayKind.MAKEUP_WORKDAY, "国庆节")))
                .isEmpty();
        assertThat(SpecialDayRules.name(new SpecialDayForm(null, null, " 国庆节 ")))
                .isEqualTo("国庆节");
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertThat(SpecialDayRules.check(new SpecialDayForm(null, null, "  ")))
                .containsEntry("date", "请选择日期")
                .containsEntry("kind", "请选择放假或调休上班")
                .containsEntry("name", "请填写节日名称");
        assertThat(SpecialDayRules.check(null)).containsOnlyKeys("date", "kind", "name");
    }

    @Test
    void aMakeUpWorkdayMustBeAWeekendDay() {
        assertThat(SpecialDayRules.check(
                        new SpecialDayForm(LocalDate.of(2026, 10, 8), SpecialDayKind.MAKEUP_WORKDAY, "国庆节")))
                .containsOnly(Map.entry("kind", "调休上班只能设在周六或周日，2026-10-08（周四）本来就是工作日"));
    }

    @Test
    void datesOutsideTheCenturyAndOverlongOrMultiLineNamesAreRefused() {
        assertThat(SpecialDayRules.check(new SpecialDayForm(LocalDate.of(1999, 12, 31), SpecialDayKind.HOLIDAY, "元旦")))
                .containsEntry("date", "日期须在2000年至2099年之间");
        assertThat(SpecialDayRules.check(new SpecialDayForm(LocalDate.of(2100, 1, 1), SpecialDayKind.HOLIDAY, "元旦")))
                .containsKey("date");
        assertThat(SpecialDayRules.check(
                        new SpecialDayForm(LocalDate.of(2026, 1, 1), SpecialDayKind.HOLIDAY, "节".repeat(31))))
                .containsEntry("name", "节日名称不能超过30个字");
        // thirty characters outside the BMP are thirty characters
        assertThat(SpecialDayRules.check(
                        new SpecialDayForm(LocalDate.of(2026, 1, 1), SpecialDayKind.HOLIDAY, "𠀀".repeat(30))))
                .isEmpty();
        assertThat(SpecialDayRules.check(new SpecialDayForm(LocalDate.of(2026, 1, 1), SpecialDayKind.HOLIDAY, "元\n旦")))
                .containsEntry("name", "节日名称不能包含换行或制表符");
    }

    @Test
    void describesADayAsTheAuditTrailShowsIt() {
        assertThat(SpecialDayRules.describe(LocalDate.of(2026, 10, 1), SpecialDayKind.HOLIDAY, "国庆节"))
                .isEqualTo("2026-10-01（周四）放假：国庆节");
        assertThat(SpecialDayRules.describe(LocalDate.of(2026, 10, 10), SpecialDayKind.MAKEUP_WORKDAY, "国庆节"))
                .isEqualTo("2026-10-10（周六）调休上班：国庆节");
    }
}
