package cn.jianfu.recurring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A special topic as the list shows it. */
@Schema(description = "专项治理（列表）")
public record TopicSummary(
        @Schema(description = "id") long id,
        @Schema(description = "名称") String title,
        @Schema(description = "牵头单位") String leadOrgName,
        @Schema(description = "整治期限") LocalDate deadline,
        @Schema(description = "状态：RECTIFYING 整治中，ACCEPTING 待验收，DONE 已办结") TopicStatus status) {

    static TopicSummary of(TopicRow t) {
        return new TopicSummary(t.id, t.title, t.leadOrgName, t.deadline, t.status);
    }
}
