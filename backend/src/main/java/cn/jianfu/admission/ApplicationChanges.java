package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

@Schema(description = "本次修改：重新提交的申请与上一次提交相比改了什么，以及自动预审结果的变化")
public record ApplicationChanges(
        @Schema(description = "是否重新提交过（至少提交过两次）；否则其余各项为空") boolean resubmitted,
        @Schema(description = "本次是第几次提交") int submissionNo,
        @Schema(description = "上一次提交的时间，带时区偏移") LocalDateTime previousSubmittedAt,
        @Schema(description = "本次提交的时间，带时区偏移") LocalDateTime submittedAt,
        @Schema(description = "改动的字段，按表单顺序") List<FieldChange> fields,
        @Schema(description = "本次自动预审新出现的发现") List<PreCheckFinding> findingsAdded,
        @Schema(description = "上次有、本次自动预审不再有的发现") List<PreCheckFinding> findingsRemoved) {

    static ApplicationChanges none(int submissions) {
        return new ApplicationChanges(false, submissions, null, null, List.of(), List.of(), List.of());
    }

    @Schema(description = "一个字段的改动")
    public record FieldChange(
            @Schema(description = "字段名，同申请表单的属性名，如 itemName、workloadHoursPerMonth") String field,
            @Schema(description = "字段的中文名") String label,
            @Schema(description = "取值类型：TEXT 文字，NUMBER 数字，DATE 日期，CHOICE 选项，FLAG 是否，ORGS 机构") Kind kind,
            @Schema(description = "修改前（中文显示文字；未填为空）") String before,
            @Schema(description = "修改后（中文显示文字；未填为空）") String after,
            @Schema(description = "CHOICE 和 FLAG 的修改前取值编码（枚举名或 true/false），供界面按语言显示") String beforeCode,
            @Schema(description = "CHOICE 和 FLAG 的修改后取值编码") String afterCode) {}

    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        CHOICE,
        FLAG,
        ORGS
    }
}
