package cn.jianfu.clue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The office's quick assignment: {@code reason} is required when not accepting (the reporter reads
 * it); {@code mergeIntoClueId} when merging; {@code unitIds} when assigning, with {@code dual} asking
 * for a dual assignment (a grassroots unit and a county department among the units).
 */
@Schema(description = "快速分办意见")
public record TriageForm(
        @Schema(description = "分办意见（必填）：NOT_ACCEPTED 不予受理，MERGE 合并办理，ASSIGN 交办") TriageDecision decision,
        @Schema(description = "理由或说明，最多4000个字；不予受理时必填并告知反映人，合并和交办时可附说明") String reason,
        @Schema(description = "合并办理时必填：并入的线索 id，不能是本线索，也不能是已不予受理或已合并的线索") Long mergeIntoClueId,
        @Schema(description = "交办时必填：承办单位的机构 id，1至20个，不能是减负办") List<Long> unitIds,
        @Schema(description = "true 要求双交办：unitIds 须同时含基层单位（乡镇/街道、村/社区）和县级部门，否则 400。同时选了这两类单位时，不论此项都记为双交办")
                Boolean dual) {}
