package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One request for more time (延期申请) by an assigned unit, with the office's answer once given. */
@Schema(description = "延期申请")
public record ClueExtension(
        long id,
        @Schema(description = "申请单位的承办单位记录 id") long unitId,
        long orgId,
        String orgName,
        @Schema(description = "申请延期的待办任务 id") String taskId,
        @Schema(description = "申请延期的环节：Task_Verify 联合核查，Task_Plan 制定整改方案，Task_Report 报送整改报告") String step,
        @Schema(description = "延期理由") String reason,
        @Schema(description = "申请时的办理期限") LocalDateTime dueBefore,
        @Schema(description = "申请延期至（该日结束）") LocalDateTime requestedDue,
        @Schema(description = "申请人姓名") String requestedBy,
        LocalDateTime requestedAt,
        @Schema(description = "PENDING 待审批，GRANTED 已同意，REFUSED 未同意，LAPSED 环节已办理、申请失效") ExtensionStatus status,
        @Schema(description = "同意延期至（可短于申请）") LocalDateTime grantedDue,
        @Schema(description = "减负办的审批意见") String decisionNote,
        @Schema(description = "审批人姓名") String decidedBy,
        LocalDateTime decidedAt) {}
