package cn.jianfu.listreview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reviews, their feedback, and what they read of the list. */
@Mapper
interface ListReviewMapper {

    /** Inserts a running review and sets {@code row.id}; a duplicate key when the item already has one. */
    void insert(ListReviewRow row);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    Optional<ListReviewRow> findById(@Param("id") long id);

    /** Locks the review row (only it) for the rest of the transaction. */
    Optional<Long> lockById(@Param("id") long id);

    List<ListReviewRow> findByIds(@Param("ids") List<Long> ids);

    void updateStatus(@Param("id") long id, @Param("status") ReviewStatus status);

    void setProposal(@Param("r") ListReviewRow row);

    /** Ends the review: the item may be reviewed again in its next period. */
    void finish(@Param("id") long id, @Param("status") ReviewStatus status, @Param("at") LocalDateTime at);

    List<ListReviewRow> search(@Param("q") ReviewSearch search, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") ReviewSearch search);

    record DueItem(long id, LocalDate expiryDate) {}

    /** Items in force ending by {@code until} whose current period has no review yet. */
    List<DueItem> itemsDueForReview(@Param("today") LocalDate today, @Param("until") LocalDate until);

    /** Whether the organisation (a village, or a township with villages) is reached by the item's scope. */
    boolean inScope(@Param("itemId") long itemId, @Param("orgId") long orgId);

    /** The villages and townships the item's scope reaches. */
    List<Long> orgsInScope(@Param("itemId") long itemId);

    /** Of those, the ones that have not given feedback on the review. */
    List<Long> orgsWithoutFeedback(@Param("reviewId") long reviewId, @Param("itemId") long itemId);

    void insertFeedback(@Param("f") Feedback feedback);

    List<Feedback> feedbackOf(@Param("reviewId") long reviewId);

    Optional<Feedback> feedbackBy(@Param("reviewId") long reviewId, @Param("orgId") long orgId);

    record VerdictCount(FeedbackVerdict verdict, long orgs, BigDecimal averageHours) {}

    List<VerdictCount> feedbackSummary(@Param("reviewId") long reviewId);
}
