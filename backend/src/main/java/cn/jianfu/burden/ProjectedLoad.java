package cn.jianfu.burden;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A village a new item would reach: its load now and with the new item. */
@Schema(description = "新事项将适用的村(社区)：现有负担与加上新事项后的负担")
public record ProjectedLoad(
        @Schema(description = "村(社区) id") long villageId,
        @Schema(description = "村(社区)名称") String villageName,
        @Schema(description = "所属乡镇/街道") String townshipName,
        @Schema(description = "现有每月工时（小时）") BigDecimal hours,
        @Schema(description = "每月可承载工时（小时）") BigDecimal capacity,
        @Schema(description = "加上新事项后的每月工时（小时）") BigDecimal projectedHours) {

    ProjectedLoad(long villageId, String villageName, String townshipName, BigDecimal hours, BigDecimal capacity) {
        this(villageId, villageName, townshipName, hours, capacity, hours);
    }

    public ProjectedLoad {
        hours = Ratios.hours(hours);
        capacity = Ratios.hours(capacity);
        projectedHours = Ratios.hours(projectedHours);
    }

    ProjectedLoad with(BigDecimal extra) {
        return new ProjectedLoad(
                villageId,
                villageName,
                townshipName,
                hours,
                capacity,
                hours.add(extra == null ? BigDecimal.ZERO : extra));
    }

    @Schema(description = "加上新事项后的负荷率")
    @JsonProperty("projectedRatio")
    public BigDecimal projectedRatio() {
        return Ratios.of(projectedHours, capacity);
    }

    @Schema(description = "新事项是否使该村超出承载力（原本未超出）")
    @JsonProperty("pushedOver")
    public boolean pushedOver() {
        return !Ratios.over(hours, capacity) && Ratios.over(projectedHours, capacity);
    }

    @Schema(description = "加上新事项后是否超出承载力")
    @JsonProperty("overCapacity")
    public boolean overCapacity() {
        return Ratios.over(projectedHours, capacity);
    }
}
