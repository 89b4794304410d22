package cn.jianfu.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures of the clue chain for clues received in a period. Rates are fractions (0..1), or null
 * when there is nothing to divide by:
 * <ul>
 *   <li>{@code closureRate} (办结率): closed clues among those accepted (assigned for handling: not
 *       awaiting triage, not "not accepted", not merged);</li>
 *   <li>{@code onTimeRate}: closed clues none of whose steps was escalated as overdue, among closed clues;</li>
 *   <li>{@code averageHandlingDays}: calendar days from receipt to closure, over closed clues;</li>
 *   <li>{@code satisfactionRate}: "satisfied" among rated (closed) clues.</li>
 * </ul>
 */
@Schema(description = "线索统计：按收到日期统计的线索。比率为 0–1 的小数（保留三位），没有可除的数时为空")
public record ClueStatistics(
        @Schema(description = "统计的收到日期自（含），yyyy-MM-dd；不限时为空") LocalDate from,
        @Schema(description = "统计的收到日期至（含），yyyy-MM-dd；不限时为空") LocalDate to,
        @Schema(description = "期间收到的线索数") long total,
        @Schema(description = "受理数：已交办办理的线索（不含待分办、不予受理和已合并）") long accepted,
        @Schema(description = "已办结数") long closed,
        @Schema(description = "办结率 = 已办结数 / 受理数；受理数为0时为空") Double closureRate,
        @Schema(description = "按期办结率：已办结的线索中没有任何环节因超期报送督办的比例；已办结数为0时为空") Double onTimeRate,
        @Schema(description = "平均办理天数：已办结线索从收到到办结的自然日，保留一位小数；已办结数为0时为空") Double averageHandlingDays,
        @Schema(description = "已评价的办结线索数（反映人在专区评价，或减负办回访时联系上反映人记录的评价）") long rated,
        @Schema(description = "满意率 = 满意数 / 已评价数，专区评价和回访评价同样计入；已评价数为0时为空") Double satisfactionRate,
        @Schema(description = "按问题类别的线索数：每个类别一项，按显示顺序，没有的为0") List<Count> byCategory,
        @Schema(description = "按线索状态的线索数：每个状态一项，按显示顺序，没有的为0") List<Count> byStatus,
        @Schema(description = "按承办单位的线索数，从多到少；只列有交办的单位") List<UnitCount> byUnit) {

    @Schema(description = "某一类的数量")
    public record Count(
            @Schema(description = "编码") String key,
            @Schema(description = "中文名称") String label,
            @Schema(description = "线索数") long count) {}

    @Schema(description = "某承办单位的数量")
    public record UnitCount(
            @Schema(description = "承办单位的机构 id") long orgId,
            @Schema(description = "承办单位名称") String orgName,
            @Schema(description = "交办给该单位的线索数") long count) {}
}
