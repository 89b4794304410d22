package cn.jianfu.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

@Schema(description = "一条待办任务")
public record InboxTask(
        @Schema(description = "待办任务 id，用于签收和办理") String taskId,
        @Schema(description = "环节编码，如 Task_Review、Task_Verify") String taskKey,
        @Schema(description = "环节名称") String taskName,
        @Schema(description = "流程：admission 准入申请，clue 问题线索") String processKey,
        @Schema(description = "所属申请或线索的 id（字符串）") String businessId,
        @Schema(description = "标题：准入申请为事项名称，线索为“线索编号 问题类别”") String title,
        @Schema(description = "相关单位：准入申请为申请单位，线索为被反映单位，复评和专项治理为牵头单位") String orgName,
        @Schema(description = "任务所针对的单位的机构 id（按单位筛选时的 unitId）；不明时为空") Long unitId,
        @Schema(description = "任务所针对的单位：线索的核查、整改和验收环节为交办给的单位（双交办时两个并行任务各是各的单位），其他环节同 orgName；不明时为空") String unitName,
        @Schema(description = "任务开始时间，带时区偏移，如 2026-11-23T16:05:42.123+08:00") LocalDateTime created,
        @Schema(description = "办理期限，带时区偏移，如 2026-11-23T16:05:42.123+08:00；没有期限时为空") LocalDateTime due,
        @Schema(description = "是否已超过办理期限") boolean overdue,
        @Schema(description = "是否即将到期：未超期，且24小时内到期或已发过到期提醒") boolean dueSoon,
        @Schema(description = "签收人用户名；尚无人签收时为空") String assignee,
        @Schema(description = "签收人姓名（显示用）；尚无人签收时为空") String assigneeName,
        @Schema(description = "是否有候选人（候选组）：是则尚无人签收时候选人可签收，签收人可取消签收；否则是指定给个人办理的任务，不能取消签收") boolean groupTask,
        @Schema(description = "本环节是否已因超期报送督办") boolean escalated) {}
