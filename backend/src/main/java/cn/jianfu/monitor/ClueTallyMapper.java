package cn.jianfu.monitor;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The dashboard's monthly clue tallies (V22): recomputing a month, and reading months
 * {@code fromMonth} to {@code toMonth} (keys year * 100 + month, both included, either null = open).
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

    int deleteUnitMonth(@Param("month") int month);

    int deleteScopeMonth(@Param("month") int month);

    int deleteTownshipMonth(@Param("month") int month);

    int insertUnitMonth(@Param("month") int month, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    int insertScopeMonth(@Param("month") int month, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    int insertTownshipMonth(
            @Param("month") int month, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    // ---- reading them ---------------------------------------------------------------------------

    /** Per assigned unit, county-wide. */
    List<MonitorMapper.UnitTally> unitTallies(@Param("fromMonth") Integer fromMonth, @Param("toMonth") Integer toMonth);

    /** Per month, over the units in scope. */
    List<MonitorMapper.MonthTally> monthTallies(
            @Param("fromMonth") Integer fromMonth, @Param("toMonth") Integer toMonth, @Param("s") DashboardScope scope);

    /** Per month and category, the clues of the scope (0 = the county). */
    List<ScopeMonth> scopeMonths(
            @Param("fromMonth") Integer fromMonth,
            @Param("toMonth") Integer toMonth,
            @Param("scopeOrgId") long scopeOrgId);

    /** Per township, the distinct clues of the scope assigned to it or its villages. */
    List<MonitorMapper.NamedCount> townships(
            @Param("fromMonth") Integer fromMonth,
            @Param("toMonth") Integer toMonth,
            @Param("scopeOrgId") long scopeOrgId);

    /**
     * Live, per unit and month: assignments of clues received in {@code [from, to)} whose
     * verification time limit passed unverified by {@code now} (what the tallies leave out of 响应率's
     * denominator).
     */
    List<OverdueUnverified> overdueUnverified(
            @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("now") LocalDateTime now);

    record StaleMark(long id, int monthKey) {}

    record ScopeMonth(
            int monthKey, String category, long received, long accepted, long closed, long rated, long satisfied) {}

    record OverdueUnverified(long orgId, Long parentId, int monthKey, long count) {}
}
