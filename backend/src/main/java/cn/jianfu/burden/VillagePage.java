package cn.jianfu.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A village's own page: its load, every item on it and why, and the load by department and category. */
@Schema(description = "村(社区)负担页：负担合计、适用的每个事项及适用原因、按部门和类别的工时")
public record VillagePage(
        @Schema(description = "负担合计") VillageLoad load,
        @Schema(description = "所属乡镇/街道 id") Long townshipId,
        @Schema(description = "适用于该村的有效事项，工时多的在前") List<VillageItem> items,
        @Schema(description = "按牵头部门的工时") List<BurdenShare> byDepartment,
        @Schema(description = "按事项类别的工时") List<BurdenShare> byCategory) {}
