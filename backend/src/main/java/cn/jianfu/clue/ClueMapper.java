package cn.jianfu.clue;

import cn.jianfu.common.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Clues, their units and messages. Every change is a targeted statement that sets only the columns
 * its use case changes; where a statement also moves the clue or unit to a fixed status (closed,
 * merged, awaiting rating, …) that status is written in its SQL beside it.
 */
@Mapper
interface ClueMapper {

    Optional<ClueRow> findById(long id);

    /** The row, locked for the rest of the transaction, so two requests cannot change its state at once. */
    Optional<ClueRow> lockById(long id);

    default ClueRow load(long id) {
        return findById(id).orElseThrow(() -> ApiException.notFound("线索不存在"));
    }

    default ClueRow lock(long id) {
        return lockById(id).orElseThrow(() -> ApiException.notFound("线索不存在"));
    }

    Optional<ClueRow> findByClueNo(@Param("clueNo") String clueNo);

    List<ClueRow> findByIds(@Param("ids") Collection<Long> ids);

    List<ClueRow> search(@Param("q") ClueSearch search, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") ClueSearch search);

    /** Clues still being handled (not finished) other than {@code exceptId}, for duplicate suggestions. */
    List<ClueRow> findOpen(@Param("exceptId") long exceptId, @Param("since") LocalDateTime since);

    void insert(ClueRow row);

    /** The clue's running number, given as the last step of its intake (see ClueIntake). */
    int setClueNo(@Param("id") long id, @Param("clueNo") String clueNo);

    /** Replaces a BCrypt query-code hash by its HMAC, unless another request replaced it first. */
    int replaceQueryCodeHash(@Param("id") long id, @Param("oldHash") String oldHash, @Param("newHash") String newHash);

    int setProcessInstance(
            @Param("id") long id,
            @Param("processInstanceId") String processInstanceId,
            @Param("updatedAt") LocalDateTime updatedAt);

    int updateStatus(
            @Param("id") long id, @Param("status") ClueStatus status, @Param("updatedAt") LocalDateTime updatedAt);

    int markAssigned(@Param("id") long id, @Param("dualAssigned") boolean dualAssigned, @Param("at") LocalDateTime at);

    /** The office's reason, kept until the engine records the clue as not accepted. */
    int setNotAcceptedReason(
            @Param("id") long id, @Param("reason") String reason, @Param("updatedAt") LocalDateTime updatedAt);

    int markNotAccepted(@Param("id") long id, @Param("at") LocalDateTime at);

    int markMerged(@Param("id") long id, @Param("mergedIntoId") long mergedIntoId, @Param("at") LocalDateTime at);

    /** The office's reply; the clue waits for the reporter's rating. */
    int markReplied(@Param("id") long id, @Param("reply") String reply, @Param("at") LocalDateTime at);

    /** The reporter's rating, from the portal or given on a call-back (回访). */
    int recordRating(
            @Param("id") long id,
            @Param("rating") Rating rating,
            @Param("comment") String comment,
            @Param("via") RatingVia via,
            @Param("at") LocalDateTime at);

    /** The office's first response (it completed triage); 0 when the clue already had one. */
    int markFirstResponse(@Param("id") long id, @Param("at") LocalDateTime at);

    /** Back into rectification: one more reopening, the earlier reply withdrawn. */
    int markReopened(@Param("id") long id, @Param("updatedAt") LocalDateTime updatedAt);

    int markClosed(@Param("id") long id, @Param("at") LocalDateTime at);

    int markTypical(
            @Param("id") long id,
            @Param("typical") boolean typical,
            @Param("summary") String summary,
            @Param("typicalAt") LocalDateTime typicalAt,
            @Param("updatedAt") LocalDateTime updatedAt);

    Integer lockCounter(@Param("year") int year);

    void insertCounter(@Param("year") int year);

    void updateCounter(@Param("year") int year, @Param("lastNo") int lastNo);

    // ---- units -------------------------------------------------------------------------------

    void insertUnit(ClueUnitRow unit);

    int recordVerification(
            @Param("id") long id,
            @Param("status") UnitStatus status,
            @Param("outcome") VerificationOutcome outcome,
            @Param("findings") String findings,
            @Param("verifiedBy") String verifiedBy,
            @Param("at") LocalDateTime at);

    int recordPlan(
            @Param("id") long id,
            @Param("plan") String plan,
            @Param("deadline") LocalDate deadline,
            @Param("at") LocalDateTime at);

    int recordReport(@Param("id") long id, @Param("report") String report, @Param("at") LocalDateTime at);

    /** The time limit of the unit's verification, as the engine set it on the step. */
    int setVerifyDue(@Param("id") long id, @Param("at") LocalDateTime at);

    /** The unit's first act on its assignment; 0 when it had acted before. */
    int markUnitFirstResponse(@Param("id") long id, @Param("at") LocalDateTime at);

    int markUnitAccepted(@Param("id") long id, @Param("at") LocalDateTime at);

    int sendUnitBack(@Param("id") long id);

    /** The units asked for a rectification plan (again). */
    int markUnitsPlanning(@Param("ids") Collection<Long> ids);

    Optional<ClueUnitRow> findUnit(long id);

    List<ClueUnitRow> findUnits(@Param("clueId") long clueId);

    /** The units of several clues in one query, for list pages. */
    List<ClueUnitRow> findUnitsOfClues(@Param("clueIds") Collection<Long> clueIds);

    boolean isAssignedTo(@Param("clueId") long clueId, @Param("orgId") long orgId);

    /** Assigned to a village of the township. */
    boolean isAssignedWithin(@Param("clueId") long clueId, @Param("townshipId") long townshipId);

    // ---- the dashboard's daily tallies (monitor.ClueTallies) -------------------------------------

    /**
     * The clue's day of receipt must be counted again on the dashboard: call in the transaction of
     * every write to the clue or its units that can change a figure (status, dates, outcome, rating).
     */
    void markTallyStale(@Param("clueId") long clueId);

    /** As {@link #markTallyStale}, for the clue of an assignment. */
    void markTallyStaleOfUnit(@Param("unitId") long unitId);

    // ---- messages ----------------------------------------------------------------------------

    void insertMessage(
            @Param("clueId") long clueId,
            @Param("kind") ClueMessage.Kind kind,
            @Param("content") String content,
            @Param("createdAt") LocalDateTime createdAt);

    List<ClueMessage> findMessages(@Param("clueId") long clueId);
}
