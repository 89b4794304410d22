package cn.jianfu.burden;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A township's villages together. */
@Schema(description = "一个乡镇/街道所辖村(社区)的负担合计")
public record TownshipLoad(
        @Schema(description = "乡镇/街道 id") long townshipId,
        @Schema(description = "乡镇/街道名称") String townshipName,
        @Schema(description = "所辖村(社区)数") long villages,
        @Schema(description = "其中超出承载力的村(社区)数") long villagesOverCapacity,
        @Schema(description = "所辖村(社区)每月合计工时（小时）") BigDecimal hours,
        @Schema(description = "所辖村(社区)每月可承载工时合计（小时）") BigDecimal capacity,
        @Schema(description = "所辖村(社区)中最高的负荷率") BigDecimal highestLoadRatio) {

    public TownshipLoad {
        hours = Ratios.hours(hours);
        capacity = Ratios.hours(capacity);
        highestLoadRatio =
                highestLoadRatio == null ? null : highestLoadRatio.setScale(3, java.math.RoundingMode.HALF_UP);
    }

    @Schema(description = "平均负荷率 = 合计工时 ÷ 合计承载力")
    @JsonProperty("loadRatio")
    public BigDecimal loadRatio() {
        return Ratios.of(hours, capacity);
    }
}
