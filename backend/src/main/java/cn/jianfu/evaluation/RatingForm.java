package cn.jianfu.evaluation;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** One rater's rating of one department. */
@Schema(description = "对一个部门的评价")
public record RatingForm(
        @Schema(description = "被评价部门 id，必填") Long departmentId,
        @Schema(description = "各维度得分，键为本轮的每个维度代码，值为1–5的整数（5分最好），每个维度必填") Map<String, Integer> scores,
        @Schema(description = "意见建议，可不填，最多1000个字；经减负办审核通过后才向部门展示，不显示评价人")
                @MaxChars(value = TextLimits.EVALUATION_COMMENT, message = "意见不能超过{value}个字")
                String comment) {}
