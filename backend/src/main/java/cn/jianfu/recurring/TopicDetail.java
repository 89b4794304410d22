package cn.jianfu.recurring;

import cn.jianfu.audit.AuditEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A special topic with its clues, reports and trail. */
@Schema(description = "专项治理")
public record TopicDetail(
        @Schema(description = "id") long id,
        @Schema(description = "名称") String title,
        @Schema(description = "问题与整治要求") String description,
        @Schema(description = "牵头单位 id") long leadOrgId,
        @Schema(description = "牵头单位") String leadOrgName,
        @Schema(description = "整治期限") LocalDate deadline,
        @Schema(description = "状态：RECTIFYING 整治中，ACCEPTING 待验收，DONE 已办结") TopicStatus status,
        @Schema(description = "立项时间") LocalDateTime createdAt,
        @Schema(description = "办结时间") LocalDateTime closedAt,
        @Schema(description = "纳入的线索") List<RecurringMapper.LinkedClue> clues,
        @Schema(description = "整治报告与验收意见，按时间") List<RecurringMapper.Report> reports,
        @Schema(description = "当前待办任务 id；无则为空") String taskId,
        @Schema(description = "当前环节：Task_Rectify 或 Task_Accept") String taskKey,
        @Schema(description = "办理记录") List<AuditEntry> history) {

    public TopicDetail {
        clues = List.copyOf(clues);
        reports = List.copyOf(reports);
        history = List.copyOf(history);
    }
}
