package cn.jianfu.recurring;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;

/** The lead unit's report, or the office's acceptance ({@code accept}) with its words. */
@Schema(description = "整治报告或验收意见")
public record TopicTextForm(
        @Schema(description = "验收时：true 通过，false 退回继续整治；报告时不填") Boolean accept,
        @Schema(description = "报告或意见，最多4000个字符")
                @MaxChars(value = TextLimits.TOPIC_REPORT, message = "内容不能超过{value}个字符")
                String text) {}
