package cn.jianfu.listreview;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/** The lead department's proposal; the new text only for a change (fields left empty stay as they are). */
@Schema(description = "牵头部门的复评意见")
public record ProposalForm(
        @Schema(description = "意见：KEEP 保留，CHANGE 修订，WITHDRAW 取消") Proposal proposal,
        @Schema(description = "理由（须填写），最多2000个字符")
                @MaxChars(value = TextLimits.PROPOSAL_REASON, message = "理由不能超过{value}个字符")
                String reason,
        @Schema(description = "修订后的事项名称，最多100个字符")
                @MaxChars(value = TextLimits.ITEM_NAME, message = "事项名称不能超过{value}个字符")
                String itemName,
        @Schema(description = "修订后的工作内容，最多4000个字符")
                @MaxChars(value = TextLimits.ITEM_CONTENT, message = "工作内容不能超过{value}个字符")
                String content,
        @Schema(description = "修订后的履职标准，最多2000个字符")
                @MaxChars(value = TextLimits.PERFORMANCE_STANDARD, message = "履职标准不能超过{value}个字符")
                String performanceStandard,
        @Schema(description = "修订后的每月工作量（小时/村，0–744）")
                @DecimalMin(value = "0", message = "每月工作量不能小于0")
                @DecimalMax(value = "744", message = "每月工作量不能超过744小时")
                BigDecimal hoursPerMonth) {}
