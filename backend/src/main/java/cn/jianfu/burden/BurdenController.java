package cn.jianfu.burden;

import cn.jianfu.common.PageQuery;
import cn.jianfu.common.PageResult;
import cn.jianfu.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/burden")
@Tag(name = "基层承载力", description = "准入清单给每个村(社区)、每个乡镇带来的事项数和每月工时，与承载力相比的负荷率。" + "村(社区)用户只看本村，乡镇/街道用户只看所辖村，其他工作人员看全县。")
class BurdenController {

    private final BurdenQueries queries;
    private final CountyCapacity capacity;

    BurdenController(BurdenQueries queries, CountyCapacity capacity) {
        this.queries = queries;
        this.capacity = capacity;
    }

    @GetMapping("/villages")
    @Operation(summary = "各村(社区)负担", description = "负荷率高的在前。townshipId 只看某乡镇；overCapacityOnly=true 只看超出承载力的。")
    PageResult<VillageLoad> villages(
            @Parameter(description = "乡镇/街道 id") @RequestParam(required = false) Long townshipId,
            @Parameter(description = "只看超出承载力的村(社区)") @RequestParam(defaultValue = "false") boolean overCapacityOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.villages(
                new BurdenFilter(townshipId, null, overCapacityOnly), PageQuery.of(page, size), CurrentUser.get());
    }

    @GetMapping("/townships")
    @Operation(summary = "各乡镇/街道负担", description = "所辖村(社区)合计，平均负荷率高的在前。")
    List<TownshipLoad> townships() {
        return queries.townships(CurrentUser.get());
    }

    @GetMapping("/shares")
    @Operation(
            summary = "按牵头部门或类别的工时",
            description = "by=department（默认）按牵头部门，by=category 按事项类别；工时 = 每村每月工时 × 适用村数，逐项相加，多的在前。")
    List<BurdenShare> shares(
            @Parameter(description = "department 或 category") @RequestParam(defaultValue = "department") String by,
            @Parameter(description = "乡镇/街道 id") @RequestParam(required = false) Long townshipId) {
        return queries.shares(by, new BurdenFilter(townshipId, null, false), CurrentUser.get());
    }

    @GetMapping("/villages/{id}")
    @Operation(summary = "村(社区)负担页", description = "该村的负担合计、适用的每个有效事项（牵头部门、依据、适用原因）及按部门和类别的工时。")
    VillagePage village(@PathVariable long id) {
        return queries.village(id, CurrentUser.get());
    }

    @GetMapping("/capacity")
    @Operation(summary = "全县统一承载力", description = "每村每月可承载的工时（小时）；村(社区)可单独设定。")
    CapacityForm countyCapacity() {
        return new CapacityForm(queries.countyWideCapacity());
    }

    @PutMapping("/capacity")
    @Operation(summary = "调整全县统一承载力", description = "减负办和系统管理员；大于0、不超过744小时，最多一位小数。")
    CapacityForm changeCountyCapacity(@RequestBody CapacityForm form) {
        return new CapacityForm(capacity.changeCountyWide(form.hoursPerMonth(), CurrentUser.get()));
    }

    @PutMapping("/villages/{id}/capacity")
    @Operation(summary = "调整某村(社区)承载力", description = "减负办和系统管理员；hoursPerMonth 为空时改用全县统一值。")
    Map<String, Object> changeVillageCapacity(@PathVariable long id, @RequestBody CapacityForm form) {
        capacity.changeVillage(id, form.hoursPerMonth(), CurrentUser.get());
        return Map.of("villageId", id);
    }

    @Schema(description = "承载力：每村每月可承载的工时（小时）")
    record CapacityForm(@Schema(description = "小时，大于0、不超过744，最多一位小数") BigDecimal hoursPerMonth) {}
}
