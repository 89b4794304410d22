package cn.jianfu.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** A comment as the office screens it: never who wrote it. */
@Schema(description = "待审核或已审核的评价意见（不含评价人）")
public record ScreenedComment(
        @Schema(description = "意见 id") long id,
        @Schema(description = "评价轮次 id") long roundId,
        @Schema(description = "被评价部门 id") long departmentId,
        @Schema(description = "被评价部门名称") String departmentName,
        @Schema(description = "意见内容") String content,
        @Schema(description = "审核状态：PENDING 待审核，APPROVED 已通过，REJECTED 未通过") CommentStatus status,
        @Schema(description = "审核人") String screenedName,
        @Schema(description = "审核时间") LocalDateTime screenedAt) {

    static ScreenedComment of(EvaluationMapper.CommentRecord c) {
        return new ScreenedComment(
                c.id(), c.roundId(), c.orgId(), c.orgName(), c.content(), c.status(), c.screenedName(), c.screenedAt());
    }
}
