package cn.jianfu.monitor;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The dashboard's daily clue tallies (V22): recomputing a day, and reading days {@code fromDay} to
 * {@code toDay} (keys year * 10000 + month * 100 + day, both included, either null = open).
 */
@Mapper
interface ClueTallyMapper {

    // ---- keeping them up to date ----------------------------------------------------------------

    boolean anyStale();

    /** Waits for the single turn row and holds it until the transaction ends. */
    int takeTurn(@Param("at") LocalDateTime at);

    /** The oldest change marks, at most {@code limit}. */
    List<StaleMark> staleMarks(@Param("limit") int limit);

    int forget(@Param("ids") Collection<Long> ids);

    int deleteUnitDay(@Param("day") int day);

    int deleteScopeDay(@Param("day") int day);

    int deleteTownshipDay(@Param("day") int day);

    int insertUnitDay(@Param("day") int day, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    int insertScopeDay(@Param("day") int day, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    int insertTownshipDay(@Param("day") int day, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    // ---- reading them ---------------------------------------------------------------------------

    /** Per assigned unit, county-wide. */
    List<MonitorMapper.UnitTally> unitTallies(@Param("fromDay") Integer fromDay, @Param("toDay") Integer toDay);

    /** Per day, over the units in scope. */
    List<DayTally> dayTallies(
            @Param("fromDay") Integer fromDay, @Param("toDay") Integer toDay, @Param("s") DashboardScope scope);

    /** Per day and category, the clues of the scope (0 = the county). */
    List<ScopeDay> scopeDays(
            @Param("fromDay") Integer fromDay, @Param("toDay") Integer toDay, @Param("scopeOrgId") long scopeOrgId);

    /** Per township, the distinct clues of the scope assigned to it or its villages. */
    List<MonitorMapper.NamedCount> townships(
            @Param("fromDay") Integer fromDay, @Param("toDay") Integer toDay, @Param("scopeOrgId") long scopeOrgId);

    /**
     * Live, per unit and month: assignments of clues received in {@code [from, to)} whose
     * verification time limit passed with no response from the unit by {@code now} (what the tallies leave out of 响应率's
     * denominator).
     */
    List<OverdueUnverified> overdueUnverified(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("now") LocalDateTime now);

    record StaleMark(long id, int dayKey) {}

    record DayTally(int dayKey, MonitorMapper.Tally tally) {}

    record ScopeDay(
            int dayKey, String category, long received, long accepted, long closed, long rated, long satisfied) {}

    record OverdueUnverified(long orgId, Long parentId, int monthKey, long count) {}
}
