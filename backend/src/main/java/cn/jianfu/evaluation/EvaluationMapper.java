package cn.jianfu.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The evaluation tables. The figures are the database's aggregates, and the queries that return
 * them keep only departments rated by at least {@code minRaters} different people: below that, no
 * figure leaves the database.
 */
@Mapper
interface EvaluationMapper {

    /** Mutable row for the insert (MyBatis fills the generated id back in). */
    class NewRow {
        Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }

    record RoundRecord(
            long id,
            String name,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDateTime opensAt,
            LocalDateTime closesAt,
            RoundStatus status,
            String createdName,
            LocalDateTime createdAt,
            LocalDateTime closedAt) {}

    record Department(long id, String name) {}

    // ---------------------------------------------------------------- rounds

    void insertRound(
            @Param("row") NewRow row,
            @Param("f") RoundForm form,
            @Param("createdBy") String createdBy,
            @Param("createdName") String createdName,
            @Param("at") LocalDateTime at);

    void insertDimension(
            @Param("roundId") long roundId,
            @Param("dimension") EvaluationDimension dimension,
            @Param("position") int position);

    void insertDepartment(@Param("roundId") long roundId, @Param("orgId") long orgId);

    /** Newest first; {@code orgId} keeps the rounds that rate that department (null: all). */
    List<RoundRecord> rounds(@Param("orgId") Long orgId);

    /** OPEN rounds taking ratings at {@code now}. */
    List<RoundRecord> acceptingAt(@Param("now") LocalDateTime now);

    Optional<RoundRecord> findRound(long id);

    Optional<RoundRecord> lockRound(long id);

    int close(@Param("id") long id, @Param("at") LocalDateTime at);

    List<EvaluationDimension> dimensionsOf(long roundId);

    List<Department> departmentsOf(long roundId);

    // ---------------------------------------------------------------- ratings

    void insertRating(
            @Param("row") NewRow row,
            @Param("roundId") long roundId,
            @Param("orgId") long orgId,
            @Param("raterUserId") long raterUserId,
            @Param("raterOrgId") long raterOrgId,
            @Param("at") LocalDateTime at);

    void insertScore(
            @Param("ratingId") long ratingId,
            @Param("dimension") EvaluationDimension dimension,
            @Param("score") int score);

    void insertComment(
            @Param("ratingId") long ratingId,
            @Param("roundId") long roundId,
            @Param("orgId") long orgId,
            @Param("content") String content);

    record MyRating(long orgId, LocalDateTime ratedAt, String comment, CommentStatus commentStatus) {}

    /** The rater's own ratings in a round (for that rater only). */
    List<MyRating> myRatings(@Param("roundId") long roundId, @Param("userId") long userId);

    record MyScore(long orgId, EvaluationDimension dimension, int score) {}

    List<MyScore> myScores(@Param("roundId") long roundId, @Param("userId") long userId);

    // ---------------------------------------------------------------- results (threshold applied in SQL)

    record Figure(long orgId, long raters, BigDecimal average) {}

    /** Each department rated by at least {@code minRaters} people: its raters and overall average. */
    List<Figure> overall(@Param("roundId") long roundId, @Param("minRaters") int minRaters);

    record DimensionFigure(long orgId, EvaluationDimension dimension, BigDecimal average) {}

    /** Per dimension, for the departments rated by at least {@code minRaters} people. */
    List<DimensionFigure> byDimension(@Param("roundId") long roundId, @Param("minRaters") int minRaters);

    /** Different people who rated anything in the round. */
    long ratersInRound(long roundId);

    record PreviousRound(long orgId, Long roundId) {}

    /** For each department of the round, the CLOSED round before it that also rated it (null: none). */
    List<PreviousRound> previousRounds(long roundId);

    record ShownComment(long orgId, String content) {}

    /** Approved comments on departments rated by at least {@code minRaters} people. */
    List<ShownComment> approvedComments(@Param("roundId") long roundId, @Param("minRaters") int minRaters);

    // ---------------------------------------------------------------- screening

    record CommentRecord(
            long id,
            long roundId,
            long orgId,
            String orgName,
            String content,
            CommentStatus status,
            String screenedName,
            LocalDateTime screenedAt) {}

    /** The round's comments, {@code status} only (null: all); never who wrote them. */
    List<CommentRecord> comments(@Param("roundId") long roundId, @Param("status") CommentStatus status);

    Optional<CommentRecord> lockComment(long id);

    int screen(
            @Param("id") long id,
            @Param("status") CommentStatus status,
            @Param("by") String by,
            @Param("name") String name,
            @Param("at") LocalDateTime at);
}
