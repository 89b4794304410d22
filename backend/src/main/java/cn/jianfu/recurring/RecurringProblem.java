package cn.jianfu.recurring;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A problem that keeps coming back in the period: a group of clues and how it compares with the period before. */
@Schema(description = "反复出现的问题")
public record RecurringProblem(
        @Schema(description = "分组方式：CATEGORY、UNIT、TOWNSHIP、TEXT") GroupBy groupBy,
        @Schema(description = "分组键：类别代码、机构 id，或相似内容组中最早线索的 id") String key,
        @Schema(description = "分组名称（相似内容组为最早一条线索的摘要）") String label,
        @Schema(description = "线索数") long clues,
        @Schema(description = "涉及承办单位数") long units,
        @Schema(description = "核查属实（含部分属实）的线索数") long substantiated,
        @Schema(description = "上一个同样长的时段的线索数；相似内容组为空") Long previousClues,
        @Schema(description = "本组线索 id（最多20条，供下钻和立项）") List<Long> clueIds,
        @Schema(description = "本组线索编号（最多5条）") List<String> clueNos) {

    public RecurringProblem {
        clueIds = List.copyOf(clueIds);
        clueNos = List.copyOf(clueNos);
    }
}
