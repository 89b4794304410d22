package cn.jianfu.warning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.Map;

/** A warning as people see it. */
@Schema(description = "预警")
public record Warning(
        @Schema(description = "预警 id") long id,
        @Schema(description = "规则") WarningRule rule,
        @Schema(description = "级别：NOTICE 提示，WARNING 警示，SERIOUS 严重") Severity severity,
        @Schema(description = "对象类型：VILLAGE 村(社区)，ORG 单位，ITEM 清单事项，APPLICATION 申请，CLUE_UNIT 线索承办单位，TASK 办理环节")
                String subjectType,
        @Schema(description = "对象 id") String subjectKey,
        @Schema(description = "对象名称") String subjectName,
        @Schema(description = "相关单位 id") Long orgId,
        @Schema(description = "预警依据的数值（随规则不同）") Map<String, String> params,
        @Schema(description = "状态：OPEN 待处理，ACKNOWLEDGED 已知悉，RESOLVED 已消除") WarningStatus status,
        @Schema(description = "首次发现时间") LocalDateTime firstSeen,
        @Schema(description = "最近一次发现时间") LocalDateTime lastSeen,
        @Schema(description = "知悉人") String acknowledgedName,
        @Schema(description = "知悉说明") String acknowledgedNote,
        @Schema(description = "知悉时间") LocalDateTime acknowledgedAt,
        @Schema(description = "消除时间") LocalDateTime resolvedAt) {

    @Schema(description = "规则名称")
    @com.fasterxml.jackson.annotation.JsonProperty("ruleLabel")
    public String ruleLabel() {
        return rule.label();
    }
}
