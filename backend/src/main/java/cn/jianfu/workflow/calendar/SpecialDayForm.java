package cn.jianfu.workflow.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A day as the administrator enters it; checked by {@link SpecialDayRules}. */
@Schema(description = "新增或修改工作日历中的一天")
public record SpecialDayForm(
        @Schema(description = "日期 yyyy-MM-dd，必填，2000至2099年；一个日期只能有一条") LocalDate date,
        @Schema(description = "HOLIDAY 放假，MAKEUP_WORKDAY 调休上班（只能是周六或周日）；必填") SpecialDayKind kind,
        @Schema(description = "所属节日，如春节、国庆节；必填，最多30个字") String name) {}
