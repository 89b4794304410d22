package cn.jianfu.warning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The warnings table, and the rules' queries over the domain and engine tables. */
@Mapper
interface WarningMapper {

    // ---------------------------------------------------------------- rules

    record ExpiringItem(long id, String listNo, String itemName, long leadOrgId, LocalDate expiryDate) {}

    List<ExpiringItem> itemsExpiring(@Param("today") LocalDate today, @Param("until") LocalDate until);

    record DueTask(String taskId, String taskName, LocalDateTime dueDate, String businessKey, String processKey) {}

    /** Open tasks of the two chains due before {@code before}. */
    List<DueTask> tasksDueBefore(@Param("before") LocalDateTime before);

    record RepeatedUnit(long orgId, String orgName, long clues) {}

    List<RepeatedUnit> repeatedSubstantiated(@Param("since") LocalDateTime since, @Param("atLeast") int atLeast);

    record SentBack(long clueUnitId, long clueId, String clueNo, long orgId, String orgName, int sendBackCount) {}

    List<SentBack> rectificationsSentBack(@Param("atLeast") int atLeast);

    record DuplicateFinding(long applicationId, String itemName, long applicantOrgId, Map<String, String> params) {}

    /** The duplicate findings of applications in flight (the caller keeps those that name another department). */
    List<DuplicateFinding> duplicateFindingsInFlight();

    record OverrunReview(
            long reviewId, long itemId, String listNo, String itemName, long leadOrgId, LocalDate expiryDate) {}

    /** Reviews still running for items whose validity has already ended. */
    List<OverrunReview> reviewsOverrun(@Param("today") LocalDate today);

    record ItemInForce(long id, String listNo, String itemName, long leadOrgId, String leadOrgName) {}

    /** The list entries in force on {@code today}. */
    List<ItemInForce> itemsInForce(@Param("today") LocalDate today);

    record OpenClue(long id, String clueNo, String description, Long reportedOrgId, String reportedUnit) {}

    /** Clues in handling reported since {@code since}, the newest {@code limit}. */
    List<OpenClue> openCluesSince(@Param("since") LocalDateTime since, @Param("limit") int limit);

    record LowScore(long orgId, String orgName, long roundId, String roundName, BigDecimal average) {}

    /**
     * Departments whose latest CLOSED evaluation round (by closing time) gave them an overall average
     * below {@code below}, rated by at least {@code minRaters} people (below that nothing is shown).
     */
    List<LowScore> lowEvaluationScores(@Param("minRaters") int minRaters, @Param("below") BigDecimal below);

    // ---------------------------------------------------------------- warnings

    /** Waits for and takes the single sweep turn row (released at commit), recording who holds it. */
    int takeSweepTurn(@Param("rule") WarningRule rule, @Param("seen") LocalDateTime seen, @Param("sweep") String sweep);

    int refresh(@Param("f") Finding finding, @Param("seen") LocalDateTime seen, @Param("sweep") String sweep);

    void insert(@Param("f") Finding finding, @Param("seen") LocalDateTime seen, @Param("sweep") String sweep);

    /** Resolves the rule's open warnings that {@code sweep} did not find again. */
    int resolveUnseen(@Param("rule") WarningRule rule, @Param("seen") LocalDateTime seen, @Param("sweep") String sweep);

    List<Warning> search(@Param("q") WarningSearch search, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") WarningSearch search);

    Optional<Warning> findById(long id);

    Optional<Warning> lockById(long id);

    int acknowledge(
            @Param("id") long id,
            @Param("username") String username,
            @Param("name") String name,
            @Param("note") String note,
            @Param("at") LocalDateTime at);

    record RuleCount(WarningRule rule, Severity severity, long count) {}

    List<RuleCount> openByRule(@Param("q") WarningSearch search);
}
