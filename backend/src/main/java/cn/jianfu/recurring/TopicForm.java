package cn.jianfu.recurring;

import cn.jianfu.common.MaxChars;
import cn.jianfu.common.TextLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A special rectification topic (专项治理) the office opens on a recurring problem. */
@Schema(description = "专项治理立项")
public record TopicForm(
        @Schema(description = "名称，最多100个字符") @MaxChars(value = TextLimits.TOPIC_TITLE, message = "名称不能超过{value}个字符")
                String title,
        @Schema(description = "问题与整治要求，最多2000个字符")
                @MaxChars(value = TextLimits.TOPIC_DESCRIPTION, message = "问题与整治要求不能超过{value}个字符")
                String description,
        @Schema(description = "牵头单位 id（县级部门、乡镇或村(社区)）") Long leadOrgId,
        @Schema(description = "整治期限（今天或以后）") LocalDate deadline,
        @Schema(description = "纳入的线索 id") List<Long> clueIds) {}
