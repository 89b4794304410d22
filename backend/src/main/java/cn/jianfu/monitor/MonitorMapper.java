package cn.jianfu.monitor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Read-only figures, computed by the database. Every clue query counts the clues received in
 * {@code [from, to)}, every application query the applications submitted in it; either bound may be
 * null (open). {@code scope} narrows clue figures to a unit or a township and its villages (see
 * {@link DashboardScope}); {@code orgId} narrows application figures to one department.
 */
@Mapper
interface MonitorMapper {

    ClueTotals clueTotals(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<KeyCount> cluesByCategory(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<KeyCount> cluesByStatus(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Assignments per unit (a dual-assigned clue counts for each of its units), most first. */
    List<ClueStatistics.UnitCount> cluesByUnit(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    // ---- the dashboard: clues -------------------------------------------------------------------

    /** Per assigned unit, county-wide: the tallies behind its rates (see {@code unitFigures} in the XML). */
    List<UnitTally> unitTallies(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("now") LocalDateTime now);

    /** Per month of receipt: the assignment tallies of the units in scope. */
    List<MonthTally> monthTallies(
            @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to,
            @Param("now") LocalDateTime now,
            @Param("s") DashboardScope scope);

    /** Per month of receipt: clues received, accepted, closed, rated and rated satisfied, in scope. */
    List<MonthCounts> monthCounts(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("s") DashboardScope scope);

    List<KeyCount> categoryCounts(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("s") DashboardScope scope);

    /** Distinct clues per township of their grassroots units (the township itself or a village's township). */
    List<NamedCount> townshipCounts(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("s") DashboardScope scope);

    // ---- the dashboard: admission ---------------------------------------------------------------

    List<KeyCount> applicationStatuses(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("orgId") Long orgId);

    /** Applications waiting at each user task now, and how many of those are past the task's due date. */
    List<StepOpen> openSteps(
            @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to,
            @Param("orgId") Long orgId,
            @Param("now") LocalDateTime now);

    /** Completed user tasks of the applications: count, average minutes, with a due date, finished by it. */
    List<StepTimes> stepTimes(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("orgId") Long orgId);

    /** Per applying department, county-wide: submitted, refused, returned for revision at least once. */
    List<DeptDecisions> departmentDecisions(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<KeyCount> itemsByCategory(@Param("day") LocalDate day, @Param("orgId") Long orgId);

    List<NamedCount> itemsByLead(@Param("day") LocalDate day, @Param("orgId") Long orgId);

    /**
     * What the rates of a group of assignments (交办: one clue, one unit) are made of; conditions in
     * {@code MonitorMapper.xml}, the same as the clue list's buckets ({@code ClueBucket}).
     */
    record Tally(
            long assigned,
            long responseDue,
            long respondedOnTime,
            long substantiated,
            long resolved,
            long closed,
            long rated,
            long satisfied,
            long finished,
            long onTime) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** With {@code more} assignments whose verification time limit passed unverified. */
        Tally withMoreDue(long more) {
            return new Tally(
                    assigned,
                    responseDue + more,
                    respondedOnTime,
                    substantiated,
                    resolved,
                    closed,
                    rated,
                    satisfied,
                    finished,
                    onTime);
        }

        Tally plus(Tally o) {
            return new Tally(
                    assigned + o.assigned,
                    responseDue + o.responseDue,
                    respondedOnTime + o.respondedOnTime,
                    substantiated + o.substantiated,
                    resolved + o.resolved,
                    closed + o.closed,
                    rated + o.rated,
                    satisfied + o.satisfied,
                    finished + o.finished,
                    onTime + o.onTime);
        }
    }

    record UnitTally(long orgId, String name, String type, Long parentId, Tally tally) {}

    /** {@code monthKey} is year * 100 + month. */
    record MonthTally(int monthKey, Tally tally) {}

    record MonthCounts(int monthKey, long received, long accepted, long closed, long rated, long satisfied) {

        /** The sums, under this one's month. */
        MonthCounts plus(MonthCounts o) {
            return new MonthCounts(
                    monthKey,
                    received + o.received,
                    accepted + o.accepted,
                    closed + o.closed,
                    rated + o.rated,
                    satisfied + o.satisfied);
        }
    }

    record NamedCount(long orgId, String name, long count) {}

    record StepOpen(String step, long open, long overdue) {}

    record StepTimes(String step, long completed, Double averageMinutes, long withDue, long onTime) {}

    record DeptDecisions(long orgId, String name, String type, long submitted, long refused, long returned) {}

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
