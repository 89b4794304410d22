package cn.jianfu.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** What one lead department's (or one category's) items in force add up to over the villages they reach. */
@Schema(description = "某牵头部门（或某类别）在有效期内的事项给村(社区)带来的工时")
public record BurdenShare(
        @Schema(description = "部门 id 或类别代码") String key,
        @Schema(description = "部门名称或类别名称") String label,
        @Schema(description = "事项数") long items,
        @Schema(description = "所涉村(社区)每月工时之和：每村每月工时 × 适用村数，逐项相加") BigDecimal villageHours) {

    public BurdenShare {
        villageHours = Ratios.hours(villageHours);
    }
}
