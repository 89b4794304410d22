package cn.jianfu.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An earlier text of a list entry, as it stood until a review changed it. */
@Schema(description = "准入事项的历史版本")
public record ItemVersion(
        @Schema(description = "版本号") int versionNo,
        @Schema(description = "事项名称") String itemName,
        @Schema(description = "工作内容") String content,
        @Schema(description = "履职标准") String performanceStandard,
        @Schema(description = "每月工作量（小时/村）") BigDecimal workloadHoursPerMonth,
        @Schema(description = "该版本生效日期") LocalDate effectiveDate,
        @Schema(description = "被新版本替代的日期") LocalDate replacedOn) {}
