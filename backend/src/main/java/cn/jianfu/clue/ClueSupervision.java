package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One supervision order (督办) the office issued to an assigned unit of the clue, with the unit's answer once given. */
@Schema(description = "督办记录")
public record ClueSupervision(
        @Schema(description = "督办 id") long id,
        @Schema(description = "被督办的承办记录 id（units[].id）") long unitId,
        @Schema(description = "被督办单位的机构 id") long orgId,
        @Schema(description = "被督办单位名称") String orgName,
        @Schema(description = "督办要求") String request,
        @Schema(description = "办理期限，yyyy-MM-dd（当天结束前反馈不算逾期）") LocalDate dueDate,
        @Schema(description = "督办人用户名") String issuedBy,
        @Schema(description = "督办人姓名") String issuedByName,
        @Schema(description = "督办时间" + ClueDocs.TIME) LocalDateTime issuedAt,
        @Schema(description = "反馈情况；未反馈时为空") String answer,
        @Schema(description = "反馈人用户名；未反馈时为空") String answeredBy,
        @Schema(description = "反馈人姓名；未反馈时为空") String answeredByName,
        @Schema(description = "反馈时间" + ClueDocs.TIME + "；未反馈时为空") LocalDateTime answeredAt,
        @Schema(description = "是否超过办理期限才反馈") boolean late,
        @Schema(description = "是否已超过办理期限仍未反馈") boolean overdue,
        @Schema(description = "当前用户能否反馈此督办（被督办单位本单位、相应角色的人员，且尚未反馈）") boolean mayAnswer) {}
