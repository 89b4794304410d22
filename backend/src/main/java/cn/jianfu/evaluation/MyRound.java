package cn.jianfu.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A round taking ratings, as one rater sees it: which departments they have rated, and how. */
@Schema(description = "我可以参加的评价：本人对各部门的评价情况（只有本人可见）")
public record MyRound(
        @Schema(description = "评价轮次") Round round,
        @Schema(description = "被评价的部门及本人的评价") List<MyDepartment> departments) {

    @Schema(description = "本人对一个部门的评价")
    public record MyDepartment(
            @Schema(description = "部门 id") long departmentId,
            @Schema(description = "部门名称") String departmentName,
            @Schema(description = "本人是否已评价（每人对每个部门只能评价一次）") boolean rated,
            @Schema(description = "本人评价时间；未评价为空") LocalDateTime ratedAt,
            @Schema(description = "本人各维度得分；未评价为空") Map<EvaluationDimension, Integer> scores,
            @Schema(description = "本人的意见；没有为空") String comment,
            @Schema(description = "本人意见的审核状态：PENDING 待审核，APPROVED 已通过，REJECTED 未通过") CommentStatus commentStatus) {}
}
