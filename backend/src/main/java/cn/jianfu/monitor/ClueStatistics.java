package cn.jianfu.monitor;

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
public record ClueStatistics(
        LocalDate from,
        LocalDate to,
        long total,
        long accepted,
        long closed,
        Double closureRate,
        Double onTimeRate,
        Double averageHandlingDays,
        long rated,
        Double satisfactionRate,
        List<Count> byCategory,
        List<Count> byStatus,
        List<UnitCount> byUnit) {

    public record Count(String key, String label, long count) {}

    public record UnitCount(long orgId, String orgName, long count) {}
}
