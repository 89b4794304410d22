package cn.jianfu.clue;

import cn.jianfu.attachment.Attachment;
import cn.jianfu.audit.AuditEntry;
import cn.jianfu.search.NegativeMention;
import cn.jianfu.workflow.Milestone;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the clue page shows. {@code reporter} is present only for the burden-reduction office
 * and verifiers; for everyone else the field is left out of the JSON altogether.
 */
@Schema(description = "问题线索详情")
public record ClueDetail(
        @Schema(description = "线索 id") long id,
        @Schema(description = "线索编号，如 XS-2026-0001") String clueNo,
        @Schema(description = ClueDocs.CATEGORY) ClueCategory category,
        @Schema(description = "问题类别的中文名称") String categoryLabel,
        @Schema(description = ClueDocs.SOURCE) ClueSource source,
        @Schema(description = "线索来源的中文名称") String sourceLabel,
        @Schema(description = "被反映单位 id；反映人填写单位名称时为空") Long reportedOrgId,
        @Schema(description = "被反映单位名称（按 reportedOrgId）") String reportedOrgName,
        @Schema(description = "反映人填写的被反映单位名称（未从机构列表选择时）") String reportedUnitText,
        @Schema(description = "地点") String place,
        @Schema(description = "发生时间（反映人的原话）") String occurredWhen,
        @Schema(description = "问题描述") String description,
        @Schema(description = "反映人：只返回给减负办和核查人员，其他人的回答中没有此字段") @JsonInclude(JsonInclude.Include.NON_NULL)
                Reporter reporter,
        @Schema(description = ClueDocs.STATUS) ClueStatus status,
        @Schema(description = "线索状态的中文名称") String statusLabel,
        @Schema(description = "已合并时，并入的线索 id") Long mergedIntoId,
        @Schema(description = "已合并时，并入的线索编号") String mergedIntoClueNo,
        @Schema(description = "不予受理的理由（反映人可见）") String notAcceptedReason,
        @Schema(description = "是否双交办（同时交办基层单位和县级部门）") boolean dualAssigned,
        @Schema(description = "因反映人不满意而重新整改的次数（最多1次）") int reopenCount,
        @Schema(description = "给反映人的答复；重新整改时清空，待再次答复") String reply,
        @Schema(description = "答复时间" + ClueDocs.TIME) LocalDateTime repliedAt,
        @Schema(description = ClueDocs.RATING) Rating rating,
        @Schema(description = "反映人的评价说明") String ratingComment,
        @Schema(description = "评价时间" + ClueDocs.TIME) LocalDateTime ratedAt,
        @Schema(description = "评价来源：PORTAL 反映人在线索征集专区评价，CALLBACK 减负办回访时联系上反映人记录；未评价时为空") RatingVia ratingVia,
        @Schema(description = "是否作为典型问题通报") boolean typical,
        @Schema(description = "典型问题通报内容") String typicalSummary,
        @Schema(description = "收到时间" + ClueDocs.TIME) LocalDateTime createdAt,
        @Schema(description = "交办时间" + ClueDocs.TIME + "；未交办时为空") LocalDateTime assignedAt,
        @Schema(description = "减负办首次响应时间（完成快速分办：交办、不予受理或合并）" + ClueDocs.TIME + "；尚未分办时为空")
                LocalDateTime firstResponseAt,
        @Schema(description = "结束时间（不予受理、合并或办结）" + ClueDocs.TIME + "；未结束时为空") LocalDateTime closedAt,
        @Schema(description = "承办单位及各自的核查、整改情况") List<Unit> units,
        @Schema(description = "当前待办环节（核查、整改时每个承办单位各一个）") List<CurrentTask> currentTasks,
        @Schema(description = "反映人补充与给反映人的答复，按时间先后") List<ClueMessage> messages,
        @Schema(description = "附件（工作人员和反映人上传的）") List<Attachment> attachments,
        @Schema(description = "办理记录，按时间先后") List<AuditEntry> history,
        @Schema(description = "线索描述中提到的负面清单做法（打卡、工作群、拍照留痕、挂牌、证明、填报、责任书），及其原文用语，供分办时参考")
                List<NegativeMention> negativePractices,
        @Schema(description = "退单记录及减负办的处理，按时间先后") List<ClueReturn> returns,
        @Schema(description = "延期申请及减负办的审批，按时间先后") List<ClueExtension> extensions,
        @Schema(description = "督办记录及承办单位的反馈，按时间先后") List<ClueSupervision> supervisions,
        @Schema(description = "督办的建议办理期限（今天起 jianfu.clue.supervision-working-days 个工作日），yyyy-MM-dd；只给减负办，线索已结束时为空")
                LocalDate supervisionSuggestedDue,
        @Schema(description = "回访记录，按时间先后；只返回给减负办和核查人员，其他人为空列表") List<ClueCallback> callbacks,
        @Schema(description = "当前用户现在能否记录回访：减负办、线索待反映人评价，且反映人留了联系电话") boolean callbackPossible,
        @Schema(description = "进度条：交办 → 核查 → 整改 → 答复（核查均不属实时没有整改；不予受理、合并时只有第一步），每步的时间和办理人姓名")
                List<Milestone> milestones) {

    @Schema(description = "反映人（加密保存，只有减负办和核查人员可见）")
    public record Reporter(
            @Schema(description = "是否匿名") boolean anonymous,
            @Schema(description = "姓名；匿名时为空") String name,
            @Schema(description = "联系电话；匿名时为空") String phone) {

        @Override
        public String toString() {
            return "Reporter[***]";
        }
    }

    @Schema(description = "一个承办单位的核查与整改情况")
    public record Unit(
            @Schema(description = "承办记录 id") long id,
            @Schema(description = "承办单位的机构 id") long orgId,
            @Schema(description = "承办单位名称") String orgName,
            @Schema(description = "单位角色：GRASSROOTS 基层单位（乡镇/街道、村/社区），DEPARTMENT 县级部门") UnitRole role,
            @Schema(
                            description = "承办状态：VERIFYING 待核查，NOT_SUBSTANTIATED 核查不属实，VERIFIED 已核查，"
                                    + "PLANNING 待报整改方案，RECTIFYING 整改中，ACCEPTING 待验收，DONE 整改完成")
                    UnitStatus status,
            @Schema(description = "承办状态的中文名称") String statusLabel,
            @Schema(description = "核查结论：SUBSTANTIATED 属实，PARTLY_SUBSTANTIATED 部分属实，NOT_SUBSTANTIATED 不属实；未核查时为空")
                    VerificationOutcome outcome,
            @Schema(description = "核查情况") String findings,
            @Schema(description = "核查时间" + ClueDocs.TIME) LocalDateTime verifiedAt,
            @Schema(description = "核查时限" + ClueDocs.TIME + "；早期交办未记录时为空") LocalDateTime verifyDueAt,
            @Schema(description = "承办单位首次响应时间：对该交办的第一个动作（签收或完成核查、退单，或之后的任何环节）" + ClueDocs.TIME + "；尚未响应时为空")
                    LocalDateTime firstResponseAt,
            @Schema(description = "整改方案") String plan,
            @Schema(description = "整改时限，yyyy-MM-dd") LocalDate planDeadline,
            @Schema(description = "报送整改方案的时间" + ClueDocs.TIME) LocalDateTime plannedAt,
            @Schema(description = "整改报告（整改完成情况）") String report,
            @Schema(description = "报送整改报告的时间" + ClueDocs.TIME) LocalDateTime reportedAt,
            @Schema(description = "整改验收通过的时间" + ClueDocs.TIME) LocalDateTime acceptedAt,
            @Schema(description = "整改报告被退回重报的次数") int sendBackCount) {}

    @Schema(name = "ClueCurrentTask", description = "问题线索的一个当前待办环节")
    public record CurrentTask(
            @Schema(description = "待办任务 id，用于办理和签收") String taskId,
            @Schema(
                            description = "环节编码：Task_Triage 快速分办，Task_Verify 联合核查，Task_Plan 制定整改方案，"
                                    + "Task_Report 报送整改报告，Task_Accept 减负办验收，Task_Reply 答复反馈")
                    String taskKey,
            @Schema(description = "环节名称") String name,
            @Schema(description = "该环节针对的承办记录 id（核查、整改环节）；其他环节为空") Long unitId,
            @Schema(description = "该环节针对的承办单位名称") String unitName,
            @Schema(description = "签收人用户名；尚无人签收时为空") String assignee,
            @Schema(description = "签收人姓名（显示用）；尚无人签收时为空") String assigneeName,
            @Schema(description = "任务开始时间" + ClueDocs.TIME) LocalDateTime created,
            @Schema(description = "办理期限" + ClueDocs.TIME + "；没有期限时为空") LocalDateTime due,
            @Schema(description = "是否已超过办理期限") boolean overdue,
            @Schema(description = "委派中时为委派人（任务的所有人）的用户名，被委派人交回后由其决定；未委派时为空") String delegatedBy,
            @Schema(description = "委派人姓名（显示用）；未委派时为空") String delegatedByName) {}
}
