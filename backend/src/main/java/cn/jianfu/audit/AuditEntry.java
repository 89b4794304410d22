package cn.jianfu.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One line of the audit trail: who did what to which subject, when, with which decision and comment. */
@Schema(description = "一条办理记录：谁在何时对什么做了什么，作出的决定和意见")
public record AuditEntry(
        @Schema(description = "记录 id") Long id,
        @Schema(description = "对象类型，如 ADMISSION_APPLICATION 准入申请，CLUE 问题线索") String subjectType,
        @Schema(description = "对象 id（申请或线索的 id）") Long subjectId,
        @Schema(description = "操作编码，中文名称见 actionLabel") AuditAction action,
        @Schema(description = "操作人用户名；系统或反映人操作时为空") String actorUsername,
        @Schema(description = "操作人姓名；系统操作为“系统”，反映人操作为“反映人”") String actorName,
        @Schema(description = "决定的编码，如 PASS、RETURN、ASSIGN、SATISFIED；没有决定时为空") String decision,
        @Schema(description = "意见、理由或说明") String comment,
        @Schema(description = "时间，带时区偏移，如 2026-11-23T16:05:42.123+08:00") LocalDateTime at) {

    @Schema(description = "操作的中文名称，如 提交申请、审核、交办")
    @JsonProperty("actionLabel")
    public String actionLabel() {
        return action.label();
    }
}
