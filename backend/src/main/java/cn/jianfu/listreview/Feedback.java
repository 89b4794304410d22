package cn.jianfu.listreview;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One village's or township's feedback on a review. */
@Schema(description = "基层反馈")
public record Feedback(
        @Schema(description = "反馈 id") Long id,
        @Schema(description = "复评 id") long reviewId,
        @Schema(description = "反馈单位 id") long orgId,
        @Schema(description = "反馈单位") String orgName,
        @Schema(hidden = true) long userId,
        @Schema(description = "意见：NECESSARY 有必要，WORKABLE 可以承担，TOO_HEAVY 负担过重，SHOULD_REMOVE 建议取消")
                FeedbackVerdict verdict,
        @Schema(description = "实际每月耗时（小时）") BigDecimal actualHours,
        @Schema(description = "说明") String comment,
        @Schema(description = "反馈时间") LocalDateTime createdAt) {}
