package cn.jianfu.recurring;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Clues grouped (all aggregates by the database), and the special topics. */
@Mapper
interface RecurringMapper {

    record Group(String k, String label, long clues, long units, long substantiated) {}

    /** Groups of the period by category, unit or township with at least {@code atLeast} clues. */
    List<Group> groups(
            @Param("by") GroupBy by,
            @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to,
            @Param("atLeast") int atLeast);

    record ClueRef(long id, String clueNo, String k, String description) {}

    /** The clues of the period with their group key under {@code by} (the newest {@code limit}). */
    List<ClueRef> clues(
            @Param("by") GroupBy by,
            @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to,
            @Param("limit") int limit);

    record Figures(long units, long substantiated) {}

    Figures figuresOf(@Param("ids") Collection<Long> clueIds);

    // ---------------------------------------------------------------- special topics

    void insertTopic(TopicRow row);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    Optional<TopicRow> findTopic(@Param("id") long id);

    Optional<Long> lockTopic(@Param("id") long id);

    List<TopicRow> topics(@Param("leadOrgId") Long leadOrgId, @Param("offset") int offset, @Param("limit") int limit);

    long countTopics(@Param("leadOrgId") Long leadOrgId);

    void updateStatus(
            @Param("id") long id, @Param("status") TopicStatus status, @Param("closedAt") LocalDateTime closedAt);

    /** Links a clue; a duplicate key when it is linked already. */
    void link(
            @Param("topicId") long topicId,
            @Param("clueId") long clueId,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    List<Long> existingClues(@Param("ids") Collection<Long> ids);

    record LinkedClue(long id, String clueNo, String status, String category) {}

    List<LinkedClue> linkedClues(@Param("topicId") long topicId);

    void insertReport(
            @Param("topicId") long topicId,
            @Param("kind") String kind,
            @Param("text") String text,
            @Param("by") String by,
            @Param("name") String name,
            @Param("at") LocalDateTime at);

    record Report(String kind, String text, String byName, LocalDateTime createdAt) {}

    List<Report> reports(@Param("topicId") long topicId);
}
