package cn.jianfu.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An item in force on a village, and why it applies there. */
@Schema(description = "适用于某村(社区)的有效准入事项")
public record VillageItem(
        @Schema(description = "事项 id") long id,
        @Schema(description = "清单编号") String listNo,
        @Schema(description = "事项名称") String itemName,
        @Schema(description = "事项类别代码") String category,
        @Schema(description = "牵头部门") String leadOrgName,
        @Schema(description = "法定或政策依据") String legalBasis,
        @Schema(description = "频次代码") String frequency,
        @Schema(description = "每村每月工时（小时）") BigDecimal workloadHoursPerMonth,
        @Schema(description = "为何适用于该村：COUNTY 全县，TOWNSHIP 所属乡镇被指定，VILLAGE 该村被指定") String reach,
        @Schema(description = "有效期至") LocalDate expiryDate) {}
