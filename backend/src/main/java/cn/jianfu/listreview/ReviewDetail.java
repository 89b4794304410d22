package cn.jianfu.listreview;

import cn.jianfu.audit.AuditEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A review with the item's text, the proposal, the feedback the reader may see and the trail. */
@Schema(description = "复评详情")
public record ReviewDetail(
        @Schema(description = "概要") ReviewSummary summary,
        @Schema(description = "现行工作内容") String content,
        @Schema(description = "现行履职标准") String performanceStandard,
        @Schema(description = "现行每月工作量（小时/村）") BigDecimal workloadHoursPerMonth,
        @Schema(description = "现行版本号") int versionNo,
        @Schema(description = "牵头部门意见的理由") String proposalReason,
        @Schema(description = "修订后的名称（修订时）") String newItemName,
        @Schema(description = "修订后的内容（修订时）") String newContent,
        @Schema(description = "修订后的标准（修订时）") String newStandard,
        @Schema(description = "修订后的每月工作量（修订时）") BigDecimal newHours,
        @Schema(description = "各意见的单位数与平均实际耗时") List<ListReviewMapper.VerdictCount> feedbackSummary,
        @Schema(description = "各单位的反馈（组织者、牵头部门、审核审批人可见）") List<Feedback> feedback,
        @Schema(description = "本单位的反馈；未反馈为空") Feedback myFeedback,
        @Schema(description = "本单位现在能否反馈") boolean canGiveFeedback,
        @Schema(description = "牵头部门的意见是否由本人提出（本人不能审核或审批）") boolean proposedByMe,
        @Schema(description = "当前待办的任务 id；无则为空") String taskId,
        @Schema(description = "当前待办的环节：Task_Propose、Task_ReviewProposal、Task_ApproveProposal") String taskKey,
        @Schema(description = "办理记录") List<AuditEntry> history) {

    public ReviewDetail {
        feedbackSummary = List.copyOf(feedbackSummary);
        feedback = List.copyOf(feedback);
        history = List.copyOf(history);
    }
}
