package cn.jianfu.listreview;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;

/** A review or approval of a proposal; returning it needs a reason. */
@Schema(description = "复评意见的审核或审批")
public record DecisionForm(
        @Schema(description = "PASS 通过（审批时为同意），RETURN 退回") ReviewDecision decision,
        @Schema(description = "意见；退回时须填写，最多2000个字符")
                @MaxChars(value = TextLimits.DECISION_COMMENT, message = "意见不能超过{value}个字符")
                String comment) {}
