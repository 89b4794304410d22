package cn.jianfu.burden;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** What the admission list puts on one village now. */
@Schema(description = "一个村(社区)当前承担的准入事项负担")
public record VillageLoad(
        @Schema(description = "村(社区) id") long villageId,
        @Schema(description = "村(社区)名称") String villageName,
        @Schema(description = "所属乡镇/街道 id") Long townshipId,
        @Schema(description = "所属乡镇/街道") String townshipName,
        @Schema(description = "在有效期内、适用于该村的准入事项数") long items,
        @Schema(description = "这些事项每月合计工时（小时）") BigDecimal hours,
        @Schema(description = "该村每月可承载工时（小时）：本村设定的，或全县统一的") BigDecimal capacity,
        @Schema(description = "本村单独设定的承载力；为空表示使用全县统一值") BigDecimal ownCapacity) {

    public VillageLoad {
        hours = Ratios.hours(hours);
        capacity = Ratios.hours(capacity);
    }

    @Schema(description = "负荷率 = 每月工时 ÷ 承载力，保留三位小数；承载力为0时为空")
    @JsonProperty("loadRatio")
    public BigDecimal loadRatio() {
        return Ratios.of(hours, capacity);
    }

    @Schema(description = "是否超出承载力")
    @JsonProperty("overCapacity")
    public boolean overCapacity() {
        return Ratios.over(hours, capacity);
    }
}
