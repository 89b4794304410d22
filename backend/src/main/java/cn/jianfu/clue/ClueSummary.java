package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/** A line of the clue lists. Never carries anything about the reporter. */
@Schema(description = "线索列表中的一行，不含反映人信息")
public record ClueSummary(
        @Schema(description = "线索 id") long id,
        @Schema(description = "线索编号，如 XS-2026-0001") String clueNo,
        @Schema(description = ClueDocs.CATEGORY) ClueCategory category,
        @Schema(description = "问题类别的中文名称") String categoryLabel,
        @Schema(description = ClueDocs.SOURCE) ClueSource source,
        @Schema(description = "被反映单位：所选机构的名称，或反映人填写的名称") String reportedUnitName,
        @Schema(description = "地点") String place,
        @Schema(description = "问题描述摘要（超过80个字时截断）") String excerpt,
        @Schema(description = ClueDocs.STATUS) ClueStatus status,
        @Schema(description = "线索状态的中文名称") String statusLabel,
        @Schema(description = "承办单位名称") List<String> unitNames,
        @Schema(description = "是否双交办（同时交办基层单位和县级部门）") boolean dualAssigned,
        @Schema(description = "是否作为典型问题通报") boolean typical,
        @Schema(description = "收到时间" + ClueDocs.TIME + "；列表按它从新到旧排列") LocalDateTime createdAt,
        @Schema(description = "结束时间（不予受理、合并或办结）" + ClueDocs.TIME + "；未结束时为空") LocalDateTime closedAt) {}
