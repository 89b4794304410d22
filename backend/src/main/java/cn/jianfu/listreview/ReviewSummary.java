package cn.jianfu.listreview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A review as the list shows it. */
@Schema(description = "复评（列表）")
public record ReviewSummary(
        @Schema(description = "复评 id") long id,
        @Schema(description = "准入事项 id") long itemId,
        @Schema(description = "清单编号") String listNo,
        @Schema(description = "事项名称") String itemName,
        @Schema(description = "牵头部门 id") long leadOrgId,
        @Schema(description = "牵头部门") String leadOrgName,
        @Schema(
                        description =
                                "状态：FEEDBACK 征求基层意见，PROPOSAL 牵头部门提出意见，REVIEW 审核，APPROVAL 审批，KEPT 已保留，CHANGED 已修订，WITHDRAWN 已取消")
                ReviewStatus status,
        @Schema(description = "复评批次；单独启动和到期前自动启动的为空") String roundName,
        @Schema(description = "是否到期前由系统自动启动（否则由社会工作部、减负办或管理员启动）") boolean startedAutomatically,
        @Schema(description = "本期有效期截止日") LocalDate itemExpiryDate,
        @Schema(description = "意见征求截止时间") LocalDateTime feedbackClosesAt,
        @Schema(description = "启动时间") LocalDateTime startedAt,
        @Schema(description = "结束时间") LocalDateTime finishedAt,
        @Schema(description = "牵头部门意见：KEEP 保留，CHANGE 修订，WITHDRAW 取消") Proposal proposal) {

    static ReviewSummary of(ListReviewRow r) {
        return new ReviewSummary(
                r.id,
                r.itemId,
                r.listNo,
                r.itemName,
                r.leadOrgId,
                r.leadOrgName,
                r.status,
                r.roundName,
                ListReviews.SYSTEM.equals(r.startedBy),
                r.itemExpiryDate,
                r.feedbackClosesAt,
                r.startedAt,
                r.finishedAt,
                r.proposal);
    }
}
