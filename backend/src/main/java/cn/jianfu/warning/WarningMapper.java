package cn.jianfu.warning;

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

    // ---------------------------------------------------------------- warnings

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
