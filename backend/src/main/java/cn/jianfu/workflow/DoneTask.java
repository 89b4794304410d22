package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

@Schema(description = "一条已办任务")
public record DoneTask(
        @Schema(description = "任务 id") String taskId,
        @Schema(description = "环节编码，如 Task_Review、Task_Verify") String taskKey,
        @Schema(description = "环节名称") String taskName,
        @Schema(description = "流程：admission 准入申请，clue 问题线索") String processKey,
        @Schema(description = "所属申请或线索的 id（字符串）") String businessId,
        @Schema(description = "标题：准入申请为事项名称，线索为“线索编号 问题类别”") String title,
        @Schema(description = "办结时间，带时区偏移，如 2026-11-23T16:05:42.123+08:00") LocalDateTime completedAt) {}
