package cn.jianfu.clue;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClueMapper {

    Optional<ClueRow> findById(long id);

    /** The row, locked for the rest of the transaction, so two requests cannot change its state at once. */
    Optional<ClueRow> lockById(long id);

    Optional<ClueRow> findByClueNo(@Param("clueNo") String clueNo);

    List<ClueRow> findByIds(@Param("ids") Collection<Long> ids);

    List<ClueRow> search(@Param("q") ClueSearch search, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") ClueSearch search);

    /** Clues still being handled (not finished) other than {@code exceptId}, for duplicate suggestions. */
    List<ClueRow> findOpen(@Param("exceptId") long exceptId, @Param("since") LocalDateTime since);

    void insert(ClueRow row);

    int updateStatus(
            @Param("id") long id, @Param("status") ClueStatus status, @Param("updatedAt") LocalDateTime updatedAt);

    int update(ClueRow row);

    Integer lockCounter(@Param("year") int year);

    void insertCounter(@Param("year") int year);

    void updateCounter(@Param("year") int year, @Param("lastNo") int lastNo);

    // ---- units -------------------------------------------------------------------------------

    void insertUnit(ClueUnitRow unit);

    int updateUnit(ClueUnitRow unit);

    Optional<ClueUnitRow> findUnit(long id);

    List<ClueUnitRow> findUnits(@Param("clueId") long clueId);

    boolean isAssignedTo(@Param("clueId") long clueId, @Param("orgId") long orgId);

    // ---- messages ----------------------------------------------------------------------------

    void insertMessage(
            @Param("clueId") long clueId,
            @Param("kind") ClueMessage.Kind kind,
            @Param("content") String content,
            @Param("createdAt") LocalDateTime createdAt);

    List<ClueMessage> findMessages(@Param("clueId") long clueId);

    // ---- statistics --------------------------------------------------------------------------

    List<StatRow> statistics(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<ClueStatistics.UnitCount> countByUnit(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Light rows for the statistics: one per clue created in the period. */
    class StatRow {
        ClueCategory category;
        ClueStatus status;
        Rating rating;
        LocalDateTime createdAt;
        LocalDateTime closedAt;
        boolean escalated;
    }
}
