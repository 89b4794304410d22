package cn.jianfu.monitor;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Read-only figures, computed by the database. Every query counts the clues received in
 * {@code [from, to)}; either bound may be null (open).
 */
@Mapper
interface MonitorMapper {

    ClueTotals clueTotals(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<KeyCount> cluesByCategory(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<KeyCount> cluesByStatus(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Assignments per unit (a dual-assigned clue counts for each of its units), most first. */
    List<ClueStatistics.UnitCount> cluesByUnit(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /**
     * Sums over the clues of the period. Accepted: handled by units (not awaiting triage, not "not
     * accepted", not merged away). On time: closed without any step escalated as overdue. Rated and
     * satisfied count closed clues only; {@code closedMinutes} sums receipt-to-closure over closed clues.
     */
    record ClueTotals(
            long total,
            long accepted,
            long closed,
            long closedOnTime,
            long closedMinutes,
            long rated,
            long satisfied) {}

    record KeyCount(String key, long count) {}
}
