package cn.jianfu.monitor;

import io.swagger.v3.oas.annotations.media.Schema;

/** A share with what it is made of; no value when there is nothing to divide by. */
@Schema(description = "比率：分子、分母和比值（0–1 的小数，保留三位）；分母为0时比值为空，界面显示“—”")
public record Rate(
        @Schema(description = "分子") long part,
        @Schema(description = "分母") long whole,
        @Schema(description = "分子 / 分母，保留三位小数；分母为0时为空") Double value) {

    static Rate of(long part, long whole) {
        return new Rate(part, whole, whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0);
    }
}
