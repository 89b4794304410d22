package cn.jianfu.evaluation;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the office fills in to open a round. */
@Schema(description = "开启一轮基层评价")
public record RoundForm(
        @Schema(description = "名称，必填，最多100个字，如“2026年上半年基层评机关”")
                @MaxChars(value = TextLimits.EVALUATION_ROUND_NAME, message = "名称不能超过{value}个字")
                String name,
        @Schema(description = "评价期间开始日期，yyyy-MM-dd，必填") LocalDate periodFrom,
        @Schema(description = "评价期间结束日期，yyyy-MM-dd，必填，不早于开始日期") LocalDate periodTo,
        @Schema(description = "开始接受评价的时间，带时区偏移；不填为现在") LocalDateTime opensAt,
        @Schema(description = "截止时间，带时区偏移，必填，晚于开始时间和现在") LocalDateTime closesAt,
        @Schema(
                        description = "评价维度，至少一个，从默认的六个维度中选择：TASKS 下派任务合理性，DOCUMENTS_MEETINGS 文件会议精简，"
                                + "INSPECTIONS 督查检查考核，DATA_FORMS 数据报表索取，SUPPORT 指导支持基层，ATTITUDE 工作作风态度")
                List<EvaluationDimension> dimensions,
        @Schema(description = "被评价的县级部门 id，至少一个") List<Long> departmentIds) {}
