package cn.jianfu.admission;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.workflow.Milestone;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Everything the application page shows, and what the current user may do with it now. */
@Schema(description = "准入申请详情：申请内容、办理情况，以及当前用户现在能做的操作")
public record ApplicationDetail(
        @Schema(description = "申请 id") long id,
        @Schema(description = AdmissionDocs.STATUS) ApplicationStatus status,
        @Schema(description = "事项名称") String itemName,
        @Schema(description = AdmissionDocs.CATEGORY) ItemCategory category,
        @Schema(description = "法定或政策依据") String legalBasis,
        @Schema(description = "事项内容") String content,
        @Schema(description = "履职标准") String performanceStandard,
        @Schema(description = "牵头部门 id（申请单位）") Long leadOrgId,
        @Schema(description = "牵头部门名称") String leadOrgName,
        @Schema(description = "配合部门 id") List<Long> cooperatingOrgIds,
        @Schema(description = "配合部门名称，与 cooperatingOrgIds 一一对应") List<String> cooperatingOrgNames,
        @Schema(description = AdmissionDocs.SCOPE) TargetScope targetScope,
        @Schema(description = "指定的乡镇/街道 id（实施范围为 SELECTED 时）") List<Long> targetTownshipIds,
        @Schema(description = "指定的乡镇/街道名称，与 targetTownshipIds 一一对应") List<String> targetTownshipNames,
        @Schema(description = "单独指定的村(社区) id（实施范围为 SELECTED 时）") List<Long> targetVillageIds,
        @Schema(description = "单独指定的村(社区)名称，与 targetVillageIds 一一对应") List<String> targetVillageNames,
        @Schema(description = "每村每月预计工作量（小时），0–744，最多一位小数") BigDecimal workloadHoursPerMonth,
        @Schema(description = AdmissionDocs.FREQUENCY) Frequency frequency,
        @Schema(description = "是否要求村(社区)填报数据、报表（负面清单事项）") boolean requiresDataReporting,
        @Schema(description = "是否要求村(社区)挂牌（负面清单事项）") boolean requiresSignboard,
        @Schema(description = "是否要求村(社区)出具证明（负面清单事项）") boolean requiresCertificate,
        @Schema(description = "是否要求使用政务App、小程序或工作群（负面清单事项）") boolean requiresAppOrChatGroup,
        @Schema(description = "是否要求打卡签到（负面清单事项）") boolean requiresCheckIn,
        @Schema(description = "是否要求拍照留痕（负面清单事项）") boolean requiresPhotoProof,
        @Schema(description = "是否费随事转（随事项转移工作经费）") boolean fundingFollows,
        @Schema(description = "经费说明") String fundingNote,
        @Schema(description = "有效期开始日期，yyyy-MM-dd") LocalDate validFrom,
        @Schema(description = "有效期截止日期，yyyy-MM-dd") LocalDate validTo,
        @Schema(description = "自评说明") String selfAssessment,
        @Schema(description = "提交人用户名") String applicantUsername,
        @Schema(description = "提交人姓名") String applicantName,
        @Schema(description = "申请单位 id") long applicantOrgId,
        @Schema(description = "申请单位名称") String applicantOrgName,
        @Schema(description = "首次提交时间" + AdmissionDocs.TIME + "；草稿为空") LocalDateTime submittedAt,
        @Schema(description = "最近更新时间" + AdmissionDocs.TIME) LocalDateTime updatedAt,
        @Schema(description = "办结时间（准入、不予准入或撤回）" + AdmissionDocs.TIME + "；未办结为空") LocalDateTime decidedAt,
        @Schema(description = "不予准入的理由") String refusalReason,
        @Schema(description = "准入后在准入清单中的编号；未准入为空") String listNo,
        @Schema(description = "准入后清单事项的 id；未准入为空") Long admissionItemId,
        @Schema(description = "当前待办环节；流程未开始或已结束时为空") CurrentTask currentTask,
        @Schema(description = "最近一次自动预审的结果；尚未预审时为空") PreCheckSummary preCheck,
        @Schema(description = "附件") List<Attachment> attachments,
        @Schema(description = "办理记录，按时间先后") List<AuditEntry> history,
        @Schema(description = "当前用户现在能否修改（申请单位的经办人，草稿或退回修改状态）") boolean canEdit,
        @Schema(description = "当前用户现在能否提交（条件同 canEdit）") boolean canSubmit,
        @Schema(description = "当前用户现在能否撤回") boolean canWithdraw,
        @Schema(description = "当前用户现在能否催办：申请单位的用户，申请在审核或审批环节，且今天尚未催办（每件每天一次）") boolean canNudge,
        @Schema(description = "最近一轮审核的加签人及其意见（加签见“加签”接口）；没有加签时为空列表") List<CoSigner> coSigners,
        @Schema(description = "当前用户现在能否撤回自己的审核通过：本人审核通过、审批任务尚无人签收") boolean canRecallReview,
        @Schema(description = "进度条：提交 → 审核 → 审批（退回、不予通过、撤回时在该步结束），每步的时间和办理人姓名") List<Milestone> milestones) {

    @Schema(name = "ApplicationCurrentTask", description = "准入申请的当前待办环节")
    public record CurrentTask(
            @Schema(description = "待办任务 id，用于审核、审批和签收") String taskId,
            @Schema(description = "环节编码：Task_Review 社会工作部审核，Task_Approve 县委县政府审批，Task_Revise 部门修改申请") String taskKey,
            @Schema(description = "环节名称") String name,
            @Schema(description = "签收人用户名；尚无人签收时为空") String assignee,
            @Schema(description = "签收人姓名（显示用）；尚无人签收时为空") String assigneeName,
            @Schema(description = "任务开始时间" + AdmissionDocs.TIME) LocalDateTime created,
            @Schema(description = "办理期限" + AdmissionDocs.TIME + "；没有期限时为空") LocalDateTime due,
            @Schema(description = "是否已超过办理期限") boolean overdue,
            @Schema(description = "委派中时为委派人（任务的所有人）的用户名，被委派人交回后由其决定；未委派时为空") String delegatedBy,
            @Schema(description = "委派人姓名（显示用）；未委派时为空") String delegatedByName) {}

    @Schema(description = "自动预审结果（只提示，不作决定）")
    public record PreCheckSummary(
            @Schema(description = "预审发现") List<PreCheckFinding> findings,
            @Schema(description = "涉及的村(社区)每月合计工作量（小时，一位小数）= 每村每月工作量 × 涉及的村(社区)数")
                    BigDecimal estimatedHoursPerMonthTotal,
            @Schema(description = "涉及的村(社区)数") Integer targetVillageCount,
            @Schema(description = "预审时间" + AdmissionDocs.TIME) LocalDateTime checkedAt) {}
}
