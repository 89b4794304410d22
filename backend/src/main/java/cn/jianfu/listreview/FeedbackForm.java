package cn.jianfu.listreview;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** A village's or township's feedback on an item under review. */
@Schema(description = "基层对复评事项的反馈")
public record FeedbackForm(
        @Schema(description = "意见：NECESSARY 有必要，WORKABLE 可以承担，TOO_HEAVY 负担过重，SHOULD_REMOVE 建议取消")
                FeedbackVerdict verdict,
        @Schema(description = "实际每月耗时（小时，0–744，可不填）")
                @DecimalMin(value = "0", message = "每月耗时不能小于0")
                @DecimalMax(value = "744", message = "每月耗时不能超过744小时")
                BigDecimal actualHours,
        @Schema(description = "说明，最多1000个字符")
                @MaxChars(value = TextLimits.FEEDBACK_COMMENT, message = "说明不能超过{value}个字符")
                String comment) {}
