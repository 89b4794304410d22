package cn.jianfu.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A village's own page: its load, every item on it and why, the load by department and category, and
 * the items that applied to it and have lapsed (withdrawn or expired) in the last two years.
 */
@Schema(description = "村(社区)负担页：负担合计、适用的每个事项及适用原因、按部门和类别的工时、近两年已失效的事项")
public record VillagePage(
        @Schema(description = "负担合计") VillageLoad load,
        @Schema(description = "所属乡镇/街道 id") Long townshipId,
        @Schema(description = "适用于该村的有效事项，工时多的在前") List<VillageItem> items,
        @Schema(description = "按牵头部门的工时") List<BurdenShare> byDepartment,
        @Schema(description = "按事项类别的工时") List<BurdenShare> byCategory,
        @Schema(description = "近两年内已失效（经复评取消或有效期届满）、曾适用于该村的事项，最近失效的在前；村(社区)可以拒绝") List<LapsedVillageItem> lapsed) {}
